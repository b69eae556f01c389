"""Models (§3): list, create, get, update, delete."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from starlette.responses import Response

from .. import definitions, errors
from ..context import Ctx
from ..contracts import Errors, F, add, to_int
from ..db import dumps
from ..enums import QUERY_TYPES
from ..routing import handles
from ..serializers import model_attributes, resource
from .common import no_content, paginated, require_wrapper, respond, wrapper_contract

NEEDS_QUERY = ("raw_sql", "dbt", "soql")
CONFIG_KEYS = {
    "ai_ml": ("harvesters",),
    "unstructured": ("harvesters", "embedding_config", "chunk_config"),
    "dynamic_sql": ("harvesters", "json_schema"),
    "vector_search": ("embedding_config", "json_schema", "harvesters"),
}
_LIMIT_RE = re.compile(r"\b(limit|offset)\s*\d*\s*;?\s*$", re.IGNORECASE | re.MULTILINE)
MODEL_WHERE = '"models"."workspace_id" = $1'


def _fields(required: bool) -> list[F]:
    return [
        F("connector_id", "int", required=required),
        F("name", "str", required=required),
        F("query_type", "str", required=required),
        F("primary_key", "str", required=False, filled=False, maybe=True),
        F("query", "str", required=False, filled=False, maybe=True),
        F("configuration", "hash", required=False),
        F("description", "str", required=False, filled=False, maybe=True),
    ]


def _query_rules(values: dict[str, Any], inner: Errors) -> None:
    query = values.get("query")
    if query and _LIMIT_RE.search(query):
        add(inner, "query", "Query validation failed: Query cannot contain LIMIT or OFFSET")


def create_contract(ctx: Ctx) -> Errors:
    errs, values = wrapper_contract(ctx, "model", _fields(required=True))
    if values is None:
        return errs
    inner = errs.setdefault("model", {})
    query_type = values.get("query_type")
    if query_type is not None and query_type not in QUERY_TYPES:
        add(inner, "query_type", "invalid query type")
    elif query_type is not None:
        if (
            query_type != "unstructured"
            and "primary_key" not in inner
            and not values.get("primary_key")
        ):
            add(inner, "primary_key", "Primary key is required")
        if query_type in NEEDS_QUERY and "query" not in inner and not values.get("query"):
            add(inner, "query", "Query is required for this query type")
        if query_type in CONFIG_KEYS and "configuration" not in inner:
            config = values.get("configuration")
            keys = CONFIG_KEYS[query_type]
            if not config:
                add(inner, "configuration", "Configuration is required for this query type")
            elif any(k not in config for k in keys):
                add(
                    inner,
                    "configuration",
                    f"Configuration must contain {', '.join(keys)} for {query_type}",
                )
    if "query" not in inner:
        _query_rules(values, inner)
    if not inner:
        del errs["model"]
    return errs


def update_contract(ctx: Ctx) -> Errors:
    errs, values = wrapper_contract(ctx, "model", _fields(required=False))
    if values is None:
        return errs
    inner = errs.setdefault("model", {})
    query_type = values.get("query_type")
    if query_type is not None and query_type not in QUERY_TYPES:
        add(inner, "query_type", "invalid query type")
    if "query" not in inner:
        _query_rules(values, inner)
    if not inner:
        del errs["model"]
    return errs


def _connector(ctx: Ctx, connector_id: int) -> sqlite3.Row:
    row = ctx.db.one("SELECT * FROM connectors WHERE id = ?", (connector_id,))
    assert row is not None
    return row


def serialize(ctx: Ctx, row: sqlite3.Row) -> dict[str, Any]:
    return resource(
        row["id"], "models", model_attributes(ctx.db, row, _connector(ctx, row["connector_id"]))
    )


def _model(ctx: Ctx) -> sqlite3.Row:
    model_id = ctx.ints["id"]
    row = ctx.db.one(
        "SELECT * FROM models WHERE id = ? AND workspace_id = ?", (model_id, ctx.workspace_id)
    )
    if row is None:
        raise errors.record_not_found("Model", model_id, MODEL_WHERE)
    return row


def _catalog_guard(ctx: Ctx, connector: sqlite3.Row) -> None:
    if connector["category"] == definitions.AI_CATEGORY and not ctx.db.scalar(
        "SELECT 1 FROM catalogs WHERE connector_id = ?", (connector["id"],)
    ):
        raise errors.render_error(422, "Catalog is not present for the connector")


def _validate_save(values: dict[str, Any], failure: str) -> None:
    if values.get("query_type") == "table_selector" and not values.get("query"):
        raise errors.render_error(422, failure, {"query": "can't be blank"})


@handles("listModels")
def list_models(ctx: Ctx) -> Response:
    args: list[Any] = [ctx.workspace_id]
    ctx.authorize("model", "read")
    table = "models WHERE workspace_id = ?"
    if "query_type" in ctx.query:
        raw = ctx.query["query_type"]
        wanted = [t for t in raw.split(",") if t in QUERY_TYPES] if isinstance(raw, str) else []
        table += f" AND query_type IN ({', '.join('?' for _ in wanted)})" if wanted else " AND 0"
        args.extend(wanted)
    return paginated(
        ctx, table, tuple(args), "updated_at DESC, id DESC", lambda r: serialize(ctx, r)
    )


@handles("createModel", contract=create_contract, wrapper="model")
def create_model(ctx: Ctx) -> Response:
    body = ctx.params["model"]
    workspace_id = ctx.workspace_id
    connector_id = to_int(body["connector_id"])
    connector = ctx.db.one(
        "SELECT * FROM connectors WHERE id = ? AND workspace_id = ?", (connector_id, workspace_id)
    )
    if connector is None:
        raise errors.record_not_found("Connector", connector_id, '"connectors"."workspace_id" = $1')
    _catalog_guard(ctx, connector)
    ctx.authorize("model", "create")
    _validate_save(body, "Model creation failed")
    now = ctx.now()
    new_id = ctx.db.insert(
        "models",
        {
            "workspace_id": workspace_id,
            "connector_id": connector_id,
            "name": body["name"],
            "description": body.get("description") or None,
            "query": body.get("query") or None,
            "query_type": body["query_type"],
            "configuration": None
            if body.get("configuration") is None
            else dumps(body["configuration"]),
            "primary_key": body.get("primary_key") or None,
            "created_at": now,
            "updated_at": now,
        },
    )
    row = ctx.db.one("SELECT * FROM models WHERE id = ?", (new_id,))
    assert row is not None
    return respond({"data": serialize(ctx, row)}, 201)


@handles("getModel")
def get_model(ctx: Ctx) -> Response:
    row = _model(ctx)
    ctx.authorize("model", "read")
    return respond({"data": serialize(ctx, row)})


@handles("updateModel", contract=update_contract, wrapper="model")
def update_model(ctx: Ctx) -> Response:
    row = _model(ctx)
    _catalog_guard(ctx, _connector(ctx, row["connector_id"]))
    ctx.authorize("model", "update")
    body = require_wrapper(ctx, "model")
    changes: dict[str, Any] = {}
    for key in ("name", "description", "query", "query_type", "primary_key"):
        if key in body:
            changes[key] = body[key] if body[key] != "" else None
    if "configuration" in body:
        changes["configuration"] = dumps(body["configuration"])
    if "connector_id" in body:
        connector_id = to_int(body["connector_id"])
        if ctx.db.scalar("SELECT 1 FROM connectors WHERE id = ?", (connector_id,)) is None:
            raise errors.render_error(422, "Model update failed", {"connector": "must exist"})
        changes["connector_id"] = connector_id
    merged = {**dict(row), **changes}
    _validate_save(merged, "Model update failed")
    if merged["query_type"] in NEEDS_QUERY and not merged.get("query"):
        raise errors.render_error(422, "Model update failed", {"query": "can't be blank"})
    changes["updated_at"] = ctx.now()
    ctx.db.update("models", row["id"], changes)
    updated = ctx.db.one("SELECT * FROM models WHERE id = ?", (row["id"],))
    assert updated is not None
    return respond({"data": serialize(ctx, updated)})


@handles("deleteModel")
def delete_model(ctx: Ctx) -> Response:
    row = _model(ctx)
    ctx.authorize("model", "delete")
    with ctx.db.transaction() as conn:
        conn.execute("DELETE FROM syncs WHERE model_id = ?", (row["id"],))
        conn.execute("DELETE FROM models WHERE id = ?", (row["id"],))
    return no_content()
