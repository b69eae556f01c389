"""The version rule: ``info.version`` must go up as far as the changes require."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from specdiff.model import Bump, Change, required_bump
from specdiff.operations import diff_specs
from specdiff.semver import bump_between, parse_version


@dataclass(frozen=True)
class Verdict:
    """Outcome of the version rule, with the lines to print."""

    ok: bool
    required: Bump
    actual: Bump
    lines: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


def _version(spec: Mapping[str, Any]) -> str:
    return str((spec.get("info") or {}).get("version", ""))


def check_bump(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> Verdict:
    """Apply the rule: breaking -> major, additions -> minor, anything else -> patch."""
    if old is None:
        return Verdict(True, Bump.NONE, Bump.NONE, ["no spec at the base: nothing to compare"])
    changes = diff_specs(old, new)
    required = required_bump(changes)
    if required is Bump.NONE:
        return Verdict(True, required, Bump.NONE, ["no API changes: no version bump required"])
    try:
        before, after = parse_version(_version(old)), parse_version(_version(new))
    except ValueError as exc:
        return Verdict(False, required, Bump.NONE, [f"info.version: {exc}"], changes)
    actual = bump_between(before, after)
    summary = f"info.version {before} -> {after} is a {actual.label} bump"
    if actual >= required:
        return Verdict(
            True,
            required,
            actual,
            [f"{summary}; the changes need {required.label}: ok"],
            changes,
        )
    lines = [
        f"{summary}, but the changes need a {required.label} bump"
        f" (at least {before.bumped(required)}):"
    ]
    lines += [
        f"  {c.kind.bump.label:<5}  {c.kind.value:<8}  {c.describe()}"
        for c in changes
        if c.kind.bump > actual
    ]
    return Verdict(False, required, actual, lines, changes)
