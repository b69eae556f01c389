"""Release-notes sections in ``CHANGELOG.md`` (newest first, below the title)."""

from __future__ import annotations

import re

from specdiff.model import Change, Kind

TITLE = "# Changelog"
INTRO = (
    "API changes of the generated client, newest first."
    " Sections are written by `make release-notes`."
)


def render_section(version: str, date: str, changes: list[Change]) -> str:
    """A ``## <version> — <date>`` section grouped Breaking / Added / Changed / Docs."""
    lines = [f"## {version} — {date}", ""]
    if not changes:
        lines += ["No API changes.", ""]
    for kind in Kind:
        group = [change for change in changes if change.kind is kind]
        if group:
            lines += [f"### {kind.title}", ""]
            lines += [
                f"- `{c.location}`: {c.message}" if c.location else f"- {c.message}" for c in group
            ]
            lines.append("")
    return "\n".join(lines)


def upsert_section(text: str, version: str, section: str) -> str:
    """Replace the section for ``version`` in ``text``, or insert it above the newest one."""
    if not text.strip():
        text = f"{TITLE}\n\n{INTRO}\n"
    body = section.rstrip("\n") + "\n"
    heading = re.compile(rf"^## {re.escape(version)}(?: |$).*$", re.MULTILINE)
    existing = heading.search(text)
    if existing:
        following = re.compile(r"^## ", re.MULTILINE).search(text, existing.end())
        end = following.start() if following else len(text)
        return text[: existing.start()] + body + ("\n" if following else "") + text[end:]
    first = re.compile(r"^## ", re.MULTILINE).search(text)
    if first:
        return text[: first.start()] + body + "\n" + text[first.start() :]
    return text.rstrip("\n") + "\n\n" + body
