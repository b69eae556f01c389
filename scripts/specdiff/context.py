"""Where a comparison happens and where its findings go."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from specdiff.model import Change, Kind
from specdiff.refs import Resolver


class Direction(enum.Enum):
    """Whether a schema describes data the client sends or receives."""

    REQUEST = "request"
    RESPONSE = "response"


@dataclass
class Context:
    """Resolvers for both documents, the current location and the collected changes."""

    old: Resolver
    new: Resolver
    operation: str = ""
    prefix: str = ""
    direction: Direction = Direction.RESPONSE
    out: list[Change] = field(default_factory=list)

    def at(self, prefix: str, direction: Direction | None = None) -> Context:
        """A view of this context at another prefix (sharing ``out``)."""
        return replace(self, prefix=prefix, direction=direction or self.direction)

    def for_operation(self, operation: str) -> Context:
        """A view of this context for another operation (sharing ``out``)."""
        return replace(self, operation=operation, prefix="")

    @property
    def is_request(self) -> bool:
        """True when the client sends the data being compared."""
        return self.direction is Direction.REQUEST

    def emit(self, kind: Kind, path: str, message: str, rule: str) -> None:
        """Record a change at ``prefix`` + ``path``."""
        where = " ".join(part for part in (self.prefix, path) if part)
        self.out.append(Change(kind, self.operation, where, message, rule))


def join(path: str, name: str) -> str:
    """Append a property name to a field path (``data[]`` + ``id`` -> ``data[].id``)."""
    return f"{path}.{name}" if path else name
