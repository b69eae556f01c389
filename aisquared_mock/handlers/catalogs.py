"""Catalogs (§7): create and update both rebuild the connector's one-stream catalog."""

from __future__ import annotations

import sqlite3

from starlette.responses import Response

from .. import discovery, errors
from ..context import Ctx
from ..contracts import Errors, F, check, to_int
from ..routing import handles
from ..serializers import catalog_attributes, resource
from .common import connector_in_workspace, respond
from .connectors import source_rows, store_catalog


def catalog_contract(ctx: Ctx) -> Errors:
    errs, values = check(ctx.params, [F("connector_id", "int"), F("catalog", "hash", filled=False)])
    if "catalog" in values:
        inner, _ = check(values["catalog"], [F("json_schema", "hash")])
        if inner:
            errs["catalog"] = inner
    return errs


def _build(ctx: Ctx, connector: sqlite3.Row) -> dict[str, object]:
    discovered = discovery.discover(
        connector["connector_type"], connector["connector_name"], source_rows(connector)
    )
    stream = {
        "name": connector["name"],
        "url": "unknown",
        "json_schema": ctx.params["catalog"]["json_schema"],
        "batch_support": False,
        "batch_size": 0,
        "request_method": "POST",
    }
    return {
        "streams": [stream],
        "request_rate_limit": discovered["request_rate_limit"],
        "request_rate_limit_unit": discovered["request_rate_limit_unit"],
        "request_rate_concurrency": discovered["request_rate_concurrency"],
    }


@handles("createCatalog", contract=catalog_contract, wrapper="catalog")
def create_catalog(ctx: Ctx) -> Response:
    connector = connector_in_workspace(ctx, to_int(ctx.params["connector_id"]))
    ctx.authorize("connector", "create")
    stored = store_catalog(ctx, connector, _build(ctx, connector))
    return respond({"data": resource(stored["id"], "catalogs", catalog_attributes(stored))}, 201)


@handles("updateCatalog", contract=catalog_contract, wrapper="catalog")
def update_catalog(ctx: Ctx) -> Response:
    connector = connector_in_workspace(ctx, to_int(ctx.params["connector_id"]))
    ctx.authorize("connector", "update")
    if ctx.db.scalar("SELECT 1 FROM catalogs WHERE connector_id = ?", (connector["id"],)) is None:
        raise errors.bad_request("undefined method 'update' for nil")
    stored = store_catalog(ctx, connector, _build(ctx, connector))
    return respond({"data": resource(stored["id"], "catalogs", catalog_attributes(stored))}, 201)
