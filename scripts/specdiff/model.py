"""Change records and their classification."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Bump(enum.IntEnum):
    """A semantic-version bump, ordered by size."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        """Lower-case name, e.g. ``"minor"``."""
        return self.name.lower()


class Kind(enum.Enum):
    """How a change affects code that uses the generated client."""

    BREAKING = "breaking"
    ADDED = "added"
    CHANGED = "changed"
    DOCS = "docs"

    @property
    def bump(self) -> Bump:
        """The smallest version bump this kind of change calls for."""
        return _BUMPS[self]

    @property
    def title(self) -> str:
        """Heading used in tables and release notes."""
        return self.value.capitalize()


_BUMPS = {
    Kind.BREAKING: Bump.MAJOR,
    Kind.ADDED: Bump.MINOR,
    Kind.CHANGED: Bump.PATCH,
    Kind.DOCS: Bump.PATCH,
}


@dataclass(frozen=True, order=True)
class Change:
    """One classified difference.

    ``operation`` is ``"GET /path"`` (empty for document-level changes), ``where`` names the
    place inside it (``"200 data[].attributes.status"``, ``"query page"``), ``rule`` is a
    stable identifier for machine use.
    """

    kind: Kind
    operation: str
    where: str
    message: str
    rule: str

    @property
    def location(self) -> str:
        """``operation`` and ``where`` joined, as printed."""
        return " ".join(part for part in (self.operation, self.where) if part)

    def describe(self) -> str:
        """``location: message``."""
        return f"{self.location}: {self.message}" if self.location else self.message

    def as_dict(self) -> dict[str, str]:
        """JSON-ready representation."""
        return {
            "kind": self.kind.value,
            "bump": self.kind.bump.label,
            "operation": self.operation,
            "where": self.where,
            "location": self.location,
            "message": self.message,
            "rule": self.rule,
        }


def required_bump(changes: Iterable[Change]) -> Bump:
    """The largest bump any of ``changes`` calls for (``NONE`` when there are none)."""
    return max((change.kind.bump for change in changes), default=Bump.NONE)
