"""Normalised view of a JSON Schema node, folding OpenAPI 3.0 and 3.1 spellings together."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from specdiff.refs import Resolver

MAX_DEPTH = 16


@dataclass
class Shape:
    """What the comparison needs to know about one schema.

    ``types`` holds the non-null JSON types (empty: unconstrained); nullability is separate.
    ``node`` is the resolved schema itself, for keywords read as they are.
    """

    node: Mapping[str, Any]
    types: frozenset[str] = frozenset()
    nullable: bool = False
    format: str | None = None
    enum: tuple[Any, ...] | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Any = None
    variants: dict[str, Any] = field(default_factory=dict)
    unresolved_ref: str | None = None


def type_label(shape: Shape) -> str:
    """Human spelling of a shape's type, e.g. ``integer`` or ``any``."""
    return " | ".join(sorted(shape.types)) or "any"


def _is_null_schema(node: Any, resolver: Resolver) -> bool:
    node, _ = resolver.resolve(node)
    if not isinstance(node, Mapping):
        return False
    kind = node.get("type")
    return kind == "null" or kind == ["null"] or node.get("enum") == [None]


def _variant_key(index: int, node: Any) -> str:
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return f"#{index}"


def _merge(into: Shape, other: Shape) -> None:
    if other.types:
        into.types = into.types & other.types if into.types else other.types
    into.format = into.format or other.format
    if into.enum is None:
        into.enum = other.enum
    into.properties = {**other.properties, **into.properties}
    into.required = into.required | other.required
    if into.items is None:
        into.items = other.items
    if not into.variants:
        into.variants = other.variants


def flatten(node: Any, resolver: Resolver, depth: int = 0) -> Shape:
    """Resolve ``node`` and fold ``allOf``, nullable ``anyOf``/``oneOf`` and 3.0 ``nullable``."""
    node, _ = resolver.resolve(node)
    if not isinstance(node, Mapping):
        return Shape(node={})
    shape = Shape(node=node)
    if isinstance(node.get("$ref"), str):
        shape.unresolved_ref = node["$ref"]
    raw_type = node.get("type")
    types = {raw_type} if isinstance(raw_type, str) else set(raw_type or [])
    shape.nullable = "null" in types or node.get("nullable") is True
    shape.types = frozenset(t for t in types if t != "null")
    shape.format = node.get("format")
    values = node.get("enum", [node["const"]] if "const" in node else None)
    if isinstance(values, list):
        shape.nullable = shape.nullable or None in values
        shape.enum = tuple(v for v in values if v is not None)
    props = node.get("properties")
    shape.properties = dict(props) if isinstance(props, Mapping) else {}
    shape.required = frozenset(node.get("required") or ())
    shape.items = node.get("items")
    if depth >= MAX_DEPTH:
        return shape
    members = node.get("allOf") or []
    parts = [flatten(member, resolver, depth + 1) for member in members]
    for part in parts:
        _merge(shape, part)
    if parts and all(part.nullable for part in parts):
        shape.nullable = True
    for keyword in ("oneOf", "anyOf"):
        options = node.get(keyword) or []
        real = [o for o in options if not _is_null_schema(o, resolver)]
        if len(real) < len(options):
            shape.nullable = True
        if len(real) == 1:
            _merge(shape, flatten(real[0], resolver, depth + 1))
        elif real:
            shape.variants = {_variant_key(i, o): o for i, o in enumerate(real)}
    return shape
