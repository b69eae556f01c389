"""Human table and JSON report of a diff."""

from __future__ import annotations

import json
from collections import Counter

from specdiff.gitbase import SpecPair
from specdiff.model import Change, Kind, required_bump


def summary(changes: list[Change]) -> dict[str, int]:
    """Number of changes of each kind."""
    counts = Counter(change.kind for change in changes)
    return {kind.value: counts[kind] for kind in Kind}


def ordered(changes: list[Change]) -> list[Change]:
    """Changes grouped by kind (breaking first), in document order within a kind."""
    rank = {kind: index for index, kind in enumerate(Kind)}
    return sorted(changes, key=lambda change: rank[change.kind])


def table(pair: SpecPair, changes: list[Change]) -> str:
    """Plain-text table for people."""
    header = (
        f"spec diff against {pair.base_ref} (info.version {pair.old_version} -> {pair.new_version})"
    )
    if pair.old is None:
        header += f"; no spec at {pair.base_ref}, so everything is new"
    lines = [header, ""]
    if not changes:
        lines.append("no API changes")
    else:
        lines.append(f"{'KIND':<9} {'BUMP':<6} CHANGE")
        lines += [
            f"{c.kind.value:<9} {c.kind.bump.label:<6} {c.describe()}" for c in ordered(changes)
        ]
    counts = ", ".join(f"{count} {kind}" for kind, count in summary(changes).items())
    lines += ["", f"{counts}; required bump: {required_bump(changes).label}"]
    return "\n".join(lines)


def as_json(pair: SpecPair, changes: list[Change]) -> str:
    """Machine-readable report."""
    report = {
        "base": pair.base_ref,
        "base_has_spec": pair.old is not None,
        "base_version": pair.old_version,
        "version": pair.new_version,
        "required_bump": required_bump(changes).label,
        "summary": summary(changes),
        "changes": [change.as_dict() for change in ordered(changes)],
    }
    return json.dumps(report, indent=2)
