"""Resolution of local ``$ref`` pointers (``#/components/...``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MAX_HOPS = 32


class Resolver:
    """Follows local JSON pointers inside one document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document

    def lookup(self, ref: str) -> Any:
        """The node ``ref`` points at, or ``None`` when it is external or dangling."""
        if not ref.startswith("#/"):
            return None
        node: Any = self._document
        for raw in ref[2:].split("/"):
            key = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                return None
        return node

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """Follow ``$ref`` chains; return the target and the last local ref followed.

        An unresolvable ref is returned unchanged so that callers can compare it as text.
        """
        ref: str | None = None
        for _ in range(MAX_HOPS):
            if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
                return node, ref
            target = self.lookup(node["$ref"])
            if target is None:
                return node, ref
            ref, node = node["$ref"], target
        return node, ref
