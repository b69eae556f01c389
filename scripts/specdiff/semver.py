"""Semantic versions of ``info.version`` and the bump between two of them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from specdiff.model import Bump

_PATTERN = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?$")


@dataclass(frozen=True, order=True)
class Version:
    """``MAJOR.MINOR.PATCH`` (a pre-release or build suffix is accepted and ignored)."""

    major: int
    minor: int
    patch: int

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    def bumped(self, bump: Bump) -> Version:
        """The smallest version that is a ``bump`` above this one."""
        if bump is Bump.MAJOR:
            return Version(self.major + 1, 0, 0)
        if bump is Bump.MINOR:
            return Version(self.major, self.minor + 1, 0)
        if bump is Bump.PATCH:
            return Version(self.major, self.minor, self.patch + 1)
        return self


def parse_version(text: str) -> Version:
    """Parse ``1.4.0`` (or ``v1.4.0``); raise ``ValueError`` for anything else."""
    match = _PATTERN.match(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a semantic version (MAJOR.MINOR.PATCH)")
    major, minor, patch = (int(group) for group in match.groups())
    return Version(major, minor, patch)


def bump_between(old: Version, new: Version) -> Bump:
    """Which part of the version went up (``NONE`` if none did, or it went down)."""
    if new.major != old.major:
        return Bump.MAJOR if new.major > old.major else Bump.NONE
    if new.minor != old.minor:
        return Bump.MINOR if new.minor > old.minor else Bump.NONE
    return Bump.PATCH if new.patch > old.patch else Bump.NONE
