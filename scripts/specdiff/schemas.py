"""Comparison of two schemas in a request or response context."""

from __future__ import annotations

import json
from typing import Any

from specdiff.context import Context, join
from specdiff.model import Kind
from specdiff.shape import MAX_DEPTH, Shape, flatten, type_label

DOC_KEYS = ("description", "example", "examples", "externalDocs", "$comment")
CONSTRAINT_KEYS = (
    "title",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "additionalProperties",
    "readOnly",
    "writeOnly",
    "deprecated",
)
NUMERIC = frozenset({"integer", "number"})
# Rules that depend on other values; compared as a whole, including inside allOf members.
CONDITIONAL_KEYS = ("if", "then", "else", "not", "dependentRequired", "dependentSchemas")

Seen = frozenset[tuple[str, str]]


def canonical(node: Any) -> str:
    """Stable text form of a YAML/JSON value, for equality tests."""
    return json.dumps(node, sort_keys=True, default=str)


def compare_schema(
    old: Any, new: Any, ctx: Context, path: str = "", seen: Seen = frozenset()
) -> None:
    """Record every client-visible difference between schemas ``old`` and ``new``."""
    old_node, old_ref = ctx.old.resolve(old)
    new_node, new_ref = ctx.new.resolve(new)
    if old_ref and new_ref:
        if (old_ref, new_ref) in seen:
            return
        seen = seen | {(old_ref, new_ref)}
    if len(seen) > MAX_DEPTH:
        return
    before, after = flatten(old_node, ctx.old), flatten(new_node, ctx.new)
    _docs(before, after, ctx, path)
    if before.unresolved_ref != after.unresolved_ref:
        ctx.emit(
            Kind.CHANGED,
            path,
            f"reference changed to {after.unresolved_ref!r}",
            "ref-changed",
        )
    if before.types != after.types:
        message = f"type changed from '{type_label(before)}' to '{type_label(after)}'"
        ctx.emit(Kind.BREAKING, path, message, "type-changed")
        return
    _nullable(before, after, ctx, path)
    _format(before, after, ctx, path)
    _enum(before, after, ctx, path)
    _constraints(before, after, ctx, path)
    _conditionals(old_node, new_node, ctx, path)
    _properties(before, after, ctx, path, seen)
    if before.items is not None and after.items is not None:
        compare_schema(before.items, after.items, ctx, f"{path}[]", seen)
    _variants(before, after, ctx, path, seen)


def _docs(before: Shape, after: Shape, ctx: Context, path: str) -> None:
    for key in DOC_KEYS:
        if canonical(before.node.get(key)) != canonical(after.node.get(key)):
            ctx.emit(Kind.DOCS, path, f"{key} changed", "docs-changed")


def _nullable(before: Shape, after: Shape, ctx: Context, path: str) -> None:
    if before.nullable and not after.nullable:
        message = "no longer accepts null" if ctx.is_request else "no longer nullable"
        ctx.emit(Kind.BREAKING, path, message, "nullable-removed")
    elif after.nullable and not before.nullable:
        if ctx.is_request:
            ctx.emit(Kind.ADDED, path, "now accepts null", "nullable-added")
        else:
            ctx.emit(Kind.BREAKING, path, "may now be null", "nullable-added")


def _format(before: Shape, after: Shape, ctx: Context, path: str) -> None:
    if before.format == after.format:
        return
    if before.format is None:
        message = f"format '{after.format}' added"
    elif after.format is None:
        message = f"format '{before.format}' removed"
    else:
        message = f"format changed from '{before.format}' to '{after.format}'"
    # Number formats (int32/int64, float/double) map to the same Python type.
    kind = Kind.CHANGED if after.types and after.types <= NUMERIC else Kind.BREAKING
    ctx.emit(kind, path, message, "format-changed")


def _enum(before: Shape, after: Shape, ctx: Context, path: str) -> None:
    if before.enum is None and after.enum is None:
        return
    if before.enum is None:
        ctx.emit(Kind.BREAKING, path, "restricted to an enum", "enum-added")
        return
    if after.enum is None:
        ctx.emit(
            Kind.BREAKING,
            path,
            "enum removed (its generated class goes away)",
            "enum-removed",
        )
        return
    for value in before.enum:
        if value not in after.enum:
            ctx.emit(
                Kind.BREAKING,
                path,
                f"enum value {value!r} removed",
                "enum-value-removed",
            )
    for value in after.enum:
        if value not in before.enum:
            ctx.emit(Kind.ADDED, path, f"enum value {value!r} added", "enum-value-added")


def _constraints(before: Shape, after: Shape, ctx: Context, path: str) -> None:
    for key in CONSTRAINT_KEYS:
        old, new = before.node.get(key), after.node.get(key)
        if canonical(old) != canonical(new):
            ctx.emit(
                Kind.CHANGED,
                path,
                f"{key} changed from {old!r} to {new!r}",
                "constraint-changed",
            )


def _conditional_rules(node: Any, resolver: Any, depth: int = 0) -> list[Any]:
    """The conditional keywords of ``node`` and of its ``allOf`` members, in order."""
    node, _ = resolver.resolve(node)
    if not isinstance(node, dict) or depth > MAX_DEPTH:
        return []
    rules: list[Any] = [{k: node[k] for k in CONDITIONAL_KEYS if k in node}]
    for member in node.get("allOf") or []:
        rules.extend(_conditional_rules(member, resolver, depth + 1))
    return [rule for rule in rules if rule]


def _conditionals(old: Any, new: Any, ctx: Context, path: str) -> None:
    """A changed if/then/else/not rule may refuse requests that passed before."""
    before, after = _conditional_rules(old, ctx.old), _conditional_rules(new, ctx.new)
    if canonical(before) == canonical(after):
        return
    verb = "added" if not before else "removed" if not after else "changed"
    # New or different rules may refuse requests that passed before; dropping them cannot.
    kind = Kind.BREAKING if ctx.is_request and after else Kind.CHANGED
    ctx.emit(kind, path, f"conditional rules (if/then/else/not) {verb}", "conditional-changed")


def _renames(before: Shape, after: Shape, ctx: Context) -> dict[str, str]:
    """Pair removed and added properties whose schemas are identical."""
    added = {
        name: canonical(ctx.new.resolve(node)[0])
        for name, node in after.properties.items()
        if name not in before.properties
    }
    pairs: dict[str, str] = {}
    for name, node in before.properties.items():
        if name in after.properties:
            continue
        text = canonical(ctx.old.resolve(node)[0])
        match = next((new for new, other in added.items() if other == text), None)
        if match is not None:
            pairs[name] = match
            del added[match]
    return pairs


def _properties(before: Shape, after: Shape, ctx: Context, path: str, seen: Seen) -> None:
    renames = _renames(before, after, ctx)
    for name in before.properties:
        if name in renames:
            ctx.emit(
                Kind.BREAKING,
                join(path, name),
                f"field renamed to '{renames[name]}'",
                "field-renamed",
            )
        elif name not in after.properties:
            message = "request field removed" if ctx.is_request else "field removed"
            ctx.emit(Kind.BREAKING, join(path, name), message, "field-removed")
    renamed_to = set(renames.values())
    for name in after.properties:
        if name in before.properties or name in renamed_to:
            continue
        if not ctx.is_request:
            ctx.emit(Kind.ADDED, join(path, name), "field added", "field-added")
        elif name in after.required:
            ctx.emit(
                Kind.BREAKING,
                join(path, name),
                "new required request field",
                "field-added-required",
            )
        else:
            ctx.emit(
                Kind.ADDED,
                join(path, name),
                "new optional request field",
                "field-added-optional",
            )
    for name, node in before.properties.items():
        if name in after.properties:
            _required(name in before.required, name in after.required, ctx, join(path, name))
            compare_schema(node, after.properties[name], ctx, join(path, name), seen)


def _required(was: bool, now: bool, ctx: Context, path: str) -> None:
    if was == now:
        return
    if ctx.is_request:
        if now:
            ctx.emit(
                Kind.BREAKING,
                path,
                "optional request field made required",
                "field-became-required",
            )
        else:
            ctx.emit(
                Kind.ADDED,
                path,
                "required request field made optional",
                "field-became-optional",
            )
    elif now:
        ctx.emit(Kind.CHANGED, path, "field now always present", "field-became-required")
    else:
        ctx.emit(
            Kind.BREAKING,
            path,
            "field may now be absent (no longer required)",
            "field-became-optional",
        )


def _variants(before: Shape, after: Shape, ctx: Context, path: str, seen: Seen) -> None:
    for key in before.variants:
        if key not in after.variants:
            ctx.emit(Kind.BREAKING, path, f"variant '{key}' removed", "variant-removed")
    for key in after.variants:
        if key not in before.variants:
            # A response may now carry a type old code does not handle; a request just accepts more.
            kind = Kind.ADDED if ctx.is_request else Kind.BREAKING
            ctx.emit(kind, path, f"variant '{key}' added", "variant-added")
    for key, node in before.variants.items():
        if key in after.variants:
            compare_schema(node, after.variants[key], ctx, f"{path}<{key}>", seen)
