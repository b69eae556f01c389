"""Connector definitions (§2): list, show, check_connection — all from built-in data."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .. import definitions, discovery
from ..context import Ctx
from ..contracts import Errors, F, add, check
from ..routing import handles
from .common import respond


def _matching(kind: str, category: str | None) -> list[dict[str, Any]]:
    return [
        d.document
        for d in definitions.DEFINITIONS[kind]
        if category is None or definitions.category_matches(category, d.category)
    ]


@handles("listConnectorDefinitions")
def list_definitions(ctx: Ctx) -> Response:
    ctx.workspace_id  # noqa: B018 - resolves the workspace (400) before authorizing
    ctx.authorize("connector_definition", "read")
    category = ctx.query.get("category")
    category = category if isinstance(category, str) else None
    kind = ctx.query.get("type")
    if kind is None:
        return respond(
            {
                "source": _matching("source", category),
                "destination": _matching("destination", category),
            }
        )
    found = _matching(kind, category)
    return respond(found if found else {"data": []})


@handles("getConnectorDefinition")
def get_definition(ctx: Ctx) -> Response:
    ctx.workspace_id  # noqa: B018
    ctx.authorize("connector_definition", "read")
    definition = definitions.find_ci(ctx.query["type"], ctx.path["connector_name"])
    category = ctx.query.get("category")
    if definition is None or (
        isinstance(category, str)
        and not definitions.category_matches(category, definition.category)
    ):
        return respond({"data": []})
    return respond(definition.document)


def check_contract(ctx: Ctx) -> Errors:
    errs, values = check(
        ctx.params, [F("type", "str"), F("name", "str"), F("connection_spec", "hash")]
    )
    kind = values.get("type")
    if kind is not None and kind not in ("source", "destination"):
        add(errs, "type", "invalid connector type")
    elif kind is not None and "name" in values and definitions.find(kind, values["name"]) is None:
        add(errs, "name", f"invalid connector {kind} name")
    return errs


@handles("checkConnection", contract=check_contract)
def check_connection(ctx: Ctx) -> Response:
    ctx.workspace_id  # noqa: B018
    ctx.authorize("connector_definition", "create")
    params = ctx.params
    return respond(
        discovery.check_connection(params["type"], params["name"], params["connection_spec"])
    )
