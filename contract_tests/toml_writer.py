"""A minimal TOML writer for the generated schemathesis.toml (no extra dependency)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def key(name: str) -> str:
    return name if BARE_KEY.match(name) else json.dumps(name)


def value(item: Any) -> str:
    """One TOML value: strings, numbers, booleans, arrays and inline tables."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int | float):
        return repr(item)
    if isinstance(item, str):
        return json.dumps(item)  # JSON string escapes are valid TOML basic-string escapes
    if isinstance(item, Mapping):
        return "{ " + ", ".join(f"{key(k)} = {value(v)}" for k, v in item.items()) + " }"
    if isinstance(item, Sequence):
        return "[" + ", ".join(value(v) for v in item) + "]"
    raise TypeError(f"cannot write {type(item).__name__} as TOML")


def _is_table(item: Any) -> bool:
    return isinstance(item, Mapping)


def _is_table_array(item: Any) -> bool:
    return isinstance(item, list) and bool(item) and all(isinstance(v, Mapping) for v in item)


def _emit(
    path: list[str], table: Mapping[str, Any], lines: list[str], header: str | None, force: bool
) -> None:
    scalars = {k: v for k, v in table.items() if not _is_table(v) and not _is_table_array(v)}
    if header is not None and (scalars or force or not table):
        lines.append(header)
    for name, item in scalars.items():
        if name.startswith("#"):
            lines.extend(f"# {line}" for line in str(item).splitlines())
            continue
        lines.append(f"{key(name)} = {value(item)}")
    for name, item in table.items():
        sub_path = [*path, key(name)]
        if _is_table(item):
            if header is not None or scalars:
                lines.append("")
            _emit(sub_path, item, lines, f"[{'.'.join(sub_path)}]", False)
        elif _is_table_array(item):
            for entry in item:
                lines.append("")
                _emit(sub_path, entry, lines, f"[[{'.'.join(sub_path)}]]", True)


def dumps(document: Mapping[str, Any]) -> str:
    """Serialise nested dicts; keys starting with `#` become comments in their table."""
    lines: list[str] = []
    _emit([], document, lines, None, False)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
