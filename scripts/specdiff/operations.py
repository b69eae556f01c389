"""Comparison of whole documents: operations, parameters, bodies, responses, components."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from specdiff.context import Context, Direction
from specdiff.model import Change, Kind
from specdiff.refs import Resolver
from specdiff.schemas import canonical, compare_schema

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OPERATION_DOC_KEYS = ("summary", "description", "externalDocs")
PARAMETER_DOC_KEYS = ("description", "example", "examples")
PARAMETER_STYLE_KEYS = (
    "style",
    "explode",
    "allowReserved",
    "allowEmptyValue",
    "deprecated",
)
INFO_DOC_KEYS = (
    "title",
    "summary",
    "description",
    "termsOfService",
    "contact",
    "license",
)
JSON = "application/json"
Spec = Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    """One path + method of a document."""

    path: str
    method: str
    node: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def label(self) -> str:
        """``GET /path``."""
        return f"{self.method.upper()} {self.path}"

    @property
    def key(self) -> tuple[str, str]:
        """Path with parameter names blanked, so renaming ``{id}`` keeps the match."""
        return re.sub(r"\{[^}]*\}", "{}", self.path), self.method


def operations(spec: Spec, resolver: Resolver) -> dict[tuple[str, str], Operation]:
    """Every operation of ``spec`` keyed by normalised path and method."""
    found: dict[tuple[str, str], Operation] = {}
    for path, item in (spec.get("paths") or {}).items():
        item, _ = resolver.resolve(item)
        if not isinstance(item, Mapping):
            continue
        for method in METHODS:
            if isinstance(item.get(method), Mapping):
                operation = Operation(str(path), method, item[method], item)
                found[operation.key] = operation
    return found


def diff_specs(old: Spec | None, new: Spec) -> list[Change]:
    """Classified changes from ``old`` to ``new``; with no ``old`` every operation is new."""
    new_resolver = Resolver(new)
    if old is None:
        return [
            Change(Kind.ADDED, op.label, "", "operation added", "operation-added")
            for op in operations(new, new_resolver).values()
        ]
    ctx = Context(Resolver(old), new_resolver)
    _diff_operations(old, new, ctx)
    _diff_document(old, new, ctx)
    if not ctx.out and canonical(_without_version(old)) != canonical(_without_version(new)):
        ctx.emit(
            Kind.CHANGED,
            "",
            "other change with no client-visible effect found",
            "other-changed",
        )
    return ctx.out


def _without_version(spec: Spec) -> dict[str, Any]:
    info = {k: v for k, v in (spec.get("info") or {}).items() if k != "version"}
    return {**spec, "info": info}


def _diff_operations(old: Spec, new: Spec, ctx: Context) -> None:
    before, after = operations(old, ctx.old), operations(new, ctx.new)
    removed = {key: op for key, op in before.items() if key not in after}
    added = {key: op for key, op in after.items() if key not in before}
    by_id = {
        op.node.get("operationId"): key for key, op in added.items() if op.node.get("operationId")
    }
    for op in removed.values():
        target = by_id.get(op.node.get("operationId"))
        if target is None:
            ctx.for_operation(op.label).emit(
                Kind.BREAKING, "", "operation removed", "operation-removed"
            )
            continue
        moved = added.pop(target)
        view = ctx.for_operation(moved.label)
        view.emit(Kind.BREAKING, "", f"operation moved from {op.label}", "operation-moved")
        _diff_operation(op, moved, view, old, new)
    for op in added.values():
        ctx.for_operation(op.label).emit(Kind.ADDED, "", "operation added", "operation-added")
    for key, op in before.items():
        if key in after:
            _diff_operation(op, after[key], ctx.for_operation(after[key].label), old, new)


def _diff_operation(
    old: Operation, new: Operation, ctx: Context, old_spec: Spec, new_spec: Spec
) -> None:
    if old.path != new.path and old.method == new.method and old.key == new.key:
        ctx.emit(Kind.CHANGED, "", f"path template renamed from {old.path}", "path-renamed")
    if old.node.get("operationId") != new.node.get("operationId"):
        before, after = old.node.get("operationId"), new.node.get("operationId")
        message = f"operationId changed from {before!r} to {after!r}"
        ctx.emit(
            Kind.BREAKING,
            "",
            message + " (generated function renamed)",
            "operation-id-changed",
        )
    old_tags, new_tags = (
        list(old.node.get("tags") or []),
        list(new.node.get("tags") or []),
    )
    if old_tags[:1] != new_tags[:1]:
        ctx.emit(
            Kind.BREAKING,
            "",
            f"tag changed from {old_tags[:1]} to {new_tags[:1]} (module moves)",
            "tag-changed",
        )
    elif old_tags != new_tags:
        ctx.emit(Kind.CHANGED, "", f"tags changed to {new_tags}", "tags-changed")
    for key in OPERATION_DOC_KEYS:
        if canonical(old.node.get(key)) != canonical(new.node.get(key)):
            ctx.emit(Kind.DOCS, "", f"{key} changed", "docs-changed")
    if bool(old.node.get("deprecated")) != bool(new.node.get("deprecated")):
        state = "deprecated" if new.node.get("deprecated") else "no longer deprecated"
        ctx.emit(Kind.CHANGED, "", f"operation {state}", "deprecated-changed")
    old_security = old.node.get("security", old_spec.get("security"))
    if canonical(old_security) != canonical(new.node.get("security", new_spec.get("security"))):
        ctx.emit(Kind.BREAKING, "", "security requirements changed", "security-changed")
    _diff_parameters(old, new, ctx)
    _diff_request_body(old.node.get("requestBody"), new.node.get("requestBody"), ctx)
    _diff_responses(old.node.get("responses") or {}, new.node.get("responses") or {}, ctx)


def _parameters(op: Operation, resolver: Resolver) -> dict[tuple[str, str], Mapping[str, Any]]:
    params: dict[tuple[str, str], Mapping[str, Any]] = {}
    for raw in [
        *(op.path_item.get("parameters") or []),
        *(op.node.get("parameters") or []),
    ]:
        param, _ = resolver.resolve(raw)
        if isinstance(param, Mapping) and "name" in param:
            params[(str(param.get("in")), str(param["name"]))] = param
    return params


def _diff_parameters(old: Operation, new: Operation, ctx: Context) -> None:
    before, after = _parameters(old, ctx.old), _parameters(new, ctx.new)
    for (place, name), param in before.items():
        view = ctx.at(f"{place} {name}", Direction.REQUEST)
        if (place, name) not in after:
            view.emit(Kind.BREAKING, "", "parameter removed", "parameter-removed")
            continue
        other = after[(place, name)]
        was, now = bool(param.get("required")), bool(other.get("required"))
        if was and not now:
            view.emit(
                Kind.ADDED,
                "",
                "required parameter made optional",
                "parameter-became-optional",
            )
        elif now and not was:
            view.emit(
                Kind.BREAKING,
                "",
                "optional parameter made required",
                "parameter-became-required",
            )
        for key in PARAMETER_DOC_KEYS:
            if canonical(param.get(key)) != canonical(other.get(key)):
                view.emit(Kind.DOCS, "", f"{key} changed", "docs-changed")
        for key in PARAMETER_STYLE_KEYS:
            if canonical(param.get(key)) != canonical(other.get(key)):
                view.emit(
                    Kind.CHANGED,
                    "",
                    f"{key} changed to {other.get(key)!r}",
                    "parameter-style-changed",
                )
        compare_schema(param.get("schema"), other.get("schema"), view)
        _diff_content(param.get("content") or {}, other.get("content") or {}, view)
    for (place, name), param in after.items():
        if (place, name) in before:
            continue
        view = ctx.at(f"{place} {name}", Direction.REQUEST)
        if param.get("required"):
            view.emit(Kind.BREAKING, "", "new required parameter", "parameter-added-required")
        else:
            view.emit(Kind.ADDED, "", "new optional parameter", "parameter-added-optional")


def _diff_request_body(old: Any, new: Any, ctx: Context) -> None:
    view = ctx.at("request", Direction.REQUEST)
    old, _ = ctx.old.resolve(old)
    new, _ = ctx.new.resolve(new)
    if not isinstance(old, Mapping) and not isinstance(new, Mapping):
        return
    if not isinstance(new, Mapping):
        view.emit(Kind.BREAKING, "", "request body removed", "request-body-removed")
        return
    if not isinstance(old, Mapping):
        if new.get("required"):
            view.emit(
                Kind.BREAKING,
                "",
                "new required request body",
                "request-body-added-required",
            )
        else:
            view.emit(
                Kind.ADDED,
                "",
                "new optional request body",
                "request-body-added-optional",
            )
        return
    was, now = bool(old.get("required")), bool(new.get("required"))
    if now and not was:
        view.emit(
            Kind.BREAKING,
            "",
            "optional request body made required",
            "request-body-became-required",
        )
    elif was and not now:
        view.emit(
            Kind.ADDED,
            "",
            "required request body made optional",
            "request-body-became-optional",
        )
    if canonical(old.get("description")) != canonical(new.get("description")):
        view.emit(Kind.DOCS, "", "description changed", "docs-changed")
    _diff_content(old.get("content") or {}, new.get("content") or {}, view)


def _diff_content(old: Mapping[str, Any], new: Mapping[str, Any], ctx: Context) -> None:
    for media in old:
        if media not in new:
            ctx.emit(Kind.BREAKING, "", f"media type {media} removed", "media-type-removed")
    for media in new:
        if media not in old:
            ctx.emit(Kind.ADDED, "", f"media type {media} added", "media-type-added")
    for media, entry in old.items():
        if media not in new:
            continue
        view = ctx if media == JSON else ctx.at(f"{ctx.prefix} [{media}]".strip())
        other = new[media] or {}
        entry = entry or {}
        for key in ("example", "examples"):
            if canonical(entry.get(key)) != canonical(other.get(key)):
                view.emit(Kind.DOCS, "", f"{key} changed", "docs-changed")
        compare_schema(entry.get("schema"), other.get("schema"), view)


def _diff_responses(old: Mapping[str, Any], new: Mapping[str, Any], ctx: Context) -> None:
    for code in old:
        if code not in new:
            ctx.at(str(code)).emit(Kind.BREAKING, "", "response removed", "response-removed")
    for code in new:
        if code not in old:
            ctx.at(str(code)).emit(Kind.ADDED, "", "response added", "response-added")
    for code, raw in old.items():
        if code not in new:
            continue
        view = ctx.at(str(code), Direction.RESPONSE)
        before, _ = ctx.old.resolve(raw)
        after, _ = ctx.new.resolve(new[code])
        before, after = before or {}, after or {}
        if canonical(before.get("description")) != canonical(after.get("description")):
            view.emit(Kind.DOCS, "", "description changed", "docs-changed")
        _diff_headers(before.get("headers") or {}, after.get("headers") or {}, view)
        _diff_content(before.get("content") or {}, after.get("content") or {}, view)


def _diff_headers(old: Mapping[str, Any], new: Mapping[str, Any], ctx: Context) -> None:
    for name in old:
        if name not in new:
            ctx.emit(
                Kind.BREAKING,
                f"header {name}",
                "response header removed",
                "header-removed",
            )
    for name in new:
        if name not in old:
            ctx.emit(Kind.ADDED, f"header {name}", "response header added", "header-added")
    for name, raw in old.items():
        if name in new:
            before, _ = ctx.old.resolve(raw)
            after, _ = ctx.new.resolve(new[name])
            view = ctx.at(f"{ctx.prefix} header {name}")
            compare_schema((before or {}).get("schema"), (after or {}).get("schema"), view)


def _diff_document(old: Spec, new: Spec, ctx: Context) -> None:
    view = ctx.for_operation("")
    old_info, new_info = old.get("info") or {}, new.get("info") or {}
    for key in INFO_DOC_KEYS:
        if canonical(old_info.get(key)) != canonical(new_info.get(key)):
            view.emit(Kind.DOCS, "info", f"{key} changed", "docs-changed")
    for key in ("tags", "externalDocs"):
        if canonical(old.get(key)) != canonical(new.get(key)):
            view.emit(Kind.DOCS, key, f"{key} changed", "docs-changed")
    for key in ("openapi", "servers"):
        if canonical(old.get(key)) != canonical(new.get(key)):
            view.emit(Kind.CHANGED, key, f"{key} changed", f"{key}-changed")
    old_models = (old.get("components") or {}).get("schemas") or {}
    new_models = (new.get("components") or {}).get("schemas") or {}
    for name in old_models:
        if name not in new_models:
            message = "schema removed (its generated model class goes away)"
            view.emit(Kind.BREAKING, f"components.schemas.{name}", message, "model-removed")
    for name in new_models:
        if name not in old_models:
            view.emit(Kind.ADDED, f"components.schemas.{name}", "schema added", "model-added")
