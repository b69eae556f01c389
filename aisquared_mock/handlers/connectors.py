"""Connectors (§1): list, create, get, update, delete, discover, query_source."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from starlette.responses import Response

from .. import definitions, discovery, errors
from ..context import Ctx
from ..contracts import Errors, F, add, check, to_int
from ..db import dumps, loads
from ..enums import CONNECTOR_TYPES
from ..routing import handles
from ..serializers import catalog_attributes, connector_attributes, resource
from .common import (
    connector_in_workspace,
    no_content,
    paginated,
    require_wrapper,
    respond,
    wrapper_contract,
)

SUB_CATEGORIES = {
    "llm": ("LLM",),
    "database": ("Relational Database", "database"),
    "web": ("Web Scraper",),
    "ai_ml_service": ("AI_ML Service",),
    "vector": ("Vector Database",),
}
PAIR_KEY = "[:connector_type, :connector_name]"


def serialize(row: sqlite3.Row) -> dict[str, Any]:
    return resource(row["id"], "connectors", connector_attributes(row))


def _type_and_name_rules(values: dict[str, Any], inner: Errors) -> None:
    kind = values.get("connector_type")
    if kind is not None and kind not in CONNECTOR_TYPES:
        add(inner, "connector_type", "invalid connector type")
        return
    name = values.get("connector_name")
    if kind is not None and name is not None and definitions.find(kind, name) is None:
        add(inner, PAIR_KEY, f"invalid connector {kind} name")


def create_contract(ctx: Ctx) -> Errors:
    fields = [
        F("name", "str"),
        F("connector_type", "str"),
        F("connector_name", "str"),
        F("configuration", "hash"),
        F("description", "str", required=False, filled=False, maybe=True),
    ]
    errs, values = wrapper_contract(ctx, "connector", fields)
    if values is not None:
        inner = errs.setdefault("connector", {})
        _type_and_name_rules(values, inner)
        if not inner:
            del errs["connector"]
    return errs


def update_contract(ctx: Ctx) -> Errors:
    fields = [
        F("name", "str", required=False),
        F("connector_type", "str", required=False),
        F("connector_name", "str", required=False),
        F("configuration", "hash", required=False),
        F("description", "str", required=False, filled=False, maybe=True),
        F("workspace_id", "int", required=False),
    ]
    errs, values = wrapper_contract(ctx, "connector", fields)
    if values is not None:
        inner = errs.setdefault("connector", {})
        _type_and_name_rules(values, inner)
        if not inner:
            del errs["connector"]
    return errs


def _check_configuration(kind: str, name: str, configuration: Any, failure: str) -> None:
    definition = definitions.find(kind, name)
    if definition is None:
        return
    missing = definitions.missing_required(definition.connection_specification, configuration)
    if missing:
        message = f"The property '#/' did not contain a required property of '{missing[0]}'"
        raise errors.render_error(422, failure, {"configuration": message})


@handles("listConnectors")
def list_connectors(ctx: Ctx) -> Response:
    where = ["workspace_id = ?"]
    args: list[Any] = []
    category = ctx.query.get("category")
    sub_category = ctx.query.get("sub_category")
    for value, allowed in ((category, ("data", "ai_ml")), (sub_category, tuple(SUB_CATEGORIES))):
        if value is not None and value not in allowed:
            raise errors.bad_request(
                f"undefined method '{value}' for an instance of ActiveRecord::Relation"
            )
    args.append(ctx.workspace_id)
    ctx.authorize("connector", "read")
    if "type" in ctx.query:
        where.append("connector_type = ?")
        args.append(ctx.query["type"])
    if category is not None:
        wanted = definitions.DATA_CATEGORIES if category == "data" else (definitions.AI_CATEGORY,)
        where.append(f"category IN ({', '.join('?' for _ in wanted)})")
        args.extend(wanted)
    if sub_category is not None:
        subs = SUB_CATEGORIES[sub_category]
        where.append(f"sub_category IN ({', '.join('?' for _ in subs)})")
        args.extend(subs)
    table = "connectors WHERE " + " AND ".join(where)
    return paginated(ctx, table, tuple(args), "updated_at DESC, id DESC", serialize)


@handles("createConnector", contract=create_contract, wrapper="connector")
def create_connector(ctx: Ctx) -> Response:
    body = ctx.params["connector"]
    workspace_id = ctx.workspace_id
    ctx.authorize("connector", "create")
    if "query_type" in body:
        raise errors.bad_request("unknown attribute 'query_type' for Connector.")
    duplicate = ctx.db.scalar(
        "SELECT 1 FROM connectors WHERE workspace_id = ? AND name = ? AND connector_type = ?",
        (workspace_id, body["name"], body["connector_type"]),
    )
    if duplicate:
        raise errors.render_error(422, "A connector with the same name already exists.")
    kind, name, config = body["connector_type"], body["connector_name"], body["configuration"]
    _check_configuration(kind, name, config, "Connector creation failed")
    category, sub = definitions.derived_categories(kind, name, config)
    now = ctx.now()
    new_id = ctx.db.insert(
        "connectors",
        {
            "workspace_id": workspace_id,
            "name": body["name"],
            "description": body.get("description") or None,
            "connector_type": kind,
            "connector_name": name,
            "configuration": dumps(config),
            "category": category,
            "sub_category": sub,
            "created_at": now,
            "updated_at": now,
        },
    )
    row = ctx.db.one("SELECT * FROM connectors WHERE id = ?", (new_id,))
    assert row is not None
    return respond({"data": serialize(row)}, 201)


@handles("getConnector")
def get_connector(ctx: Ctx) -> Response:
    row = connector_in_workspace(ctx, ctx.ints["id"])
    ctx.authorize("connector", "read")
    return respond({"data": serialize(row)})


INT4_MAX = 2**31 - 1


def _target_workspace(ctx: Ctx, workspace_id: int) -> int:
    """The workspace a connector moves to: an int4 column (Rails' RangeError -> 400) that
    must name an existing workspace (`belongs_to` -> 422)."""
    if not -INT4_MAX - 1 <= workspace_id <= INT4_MAX:
        raise errors.bad_request(
            f"{workspace_id} is out of range for ActiveModel::Type::Integer with limit 4 bytes"
        )
    if ctx.db.scalar("SELECT 1 FROM workspaces WHERE id = ?", (workspace_id,)) is None:
        raise errors.render_error(422, "Connector update failed", {"workspace": "must exist"})
    return workspace_id


@handles("updateConnector", contract=update_contract, wrapper="connector")
def update_connector(ctx: Ctx) -> Response:
    row = connector_in_workspace(ctx, ctx.ints["id"])
    ctx.authorize("connector", "update")
    body = require_wrapper(ctx, "connector")
    if "query_type" in body:
        raise errors.bad_request("unknown attribute 'query_type' for Connector.")
    changes: dict[str, Any] = {}
    for key in ("name", "description", "connector_type", "connector_name"):
        if key in body:
            changes[key] = body[key]
    if "configuration" in body:
        changes["configuration"] = dumps(body["configuration"])
    if "workspace_id" in body:
        changes["workspace_id"] = _target_workspace(ctx, to_int(body["workspace_id"]))
    kind = changes.get("connector_type", row["connector_type"])
    name = changes.get("connector_name", row["connector_name"])
    config = body.get("configuration", loads(row["configuration"]))
    if "configuration" in body or "connector_name" in body:
        _check_configuration(kind, name, config, "Connector update failed")
    changes["category"], changes["sub_category"] = definitions.derived_categories(
        kind, name, config
    )
    changes["updated_at"] = ctx.now()
    ctx.db.update("connectors", row["id"], changes)
    updated = ctx.db.one("SELECT * FROM connectors WHERE id = ?", (row["id"],))
    assert updated is not None
    return respond({"data": serialize(updated)})


@handles("deleteConnector")
def delete_connector(ctx: Ctx) -> Response:
    row = connector_in_workspace(ctx, ctx.ints["id"])
    ctx.authorize("connector", "delete")
    cid = row["id"]
    with ctx.db.transaction() as conn:
        conn.execute("DELETE FROM catalogs WHERE connector_id = ?", (cid,))
        conn.execute(
            "DELETE FROM syncs WHERE discarded_at IS NULL AND (source_id = ? OR destination_id = ? "
            "OR model_id IN (SELECT id FROM models WHERE connector_id = ?))",
            (cid, cid, cid),
        )
        conn.execute("DELETE FROM models WHERE connector_id = ?", (cid,))
        conn.execute("DELETE FROM connectors WHERE id = ?", (cid,))
    return no_content()


def source_rows(row: sqlite3.Row) -> list[dict[str, Any]]:
    stored = loads(row["source_rows"])
    return stored if isinstance(stored, list) else discovery.default_rows()


def store_catalog(ctx: Ctx, connector: sqlite3.Row, catalog: dict[str, Any]) -> sqlite3.Row:
    """Replace the connector's catalog (one per connector) and return the stored row."""
    now = ctx.now()
    text = dumps(catalog)
    digest = discovery.catalog_hash(catalog)
    existing = ctx.db.one("SELECT id FROM catalogs WHERE connector_id = ?", (connector["id"],))
    if existing is None:
        ctx.db.insert(
            "catalogs",
            {
                "workspace_id": connector["workspace_id"],
                "connector_id": connector["id"],
                "catalog": text,
                "catalog_hash": digest,
                "created_at": now,
                "updated_at": now,
            },
        )
    else:
        ctx.db.update(
            "catalogs", existing["id"], {"catalog": text, "catalog_hash": digest, "updated_at": now}
        )
    stored = ctx.db.one("SELECT * FROM catalogs WHERE connector_id = ?", (connector["id"],))
    assert stored is not None
    return stored


@handles("discoverConnector")
def discover_connector(ctx: Ctx) -> Response:
    row = connector_in_workspace(ctx, ctx.ints["id"])
    ctx.authorize("connector", "read")
    stored = ctx.db.one("SELECT * FROM catalogs WHERE connector_id = ?", (row["id"],))
    if stored is None or ctx.query.get("refresh") == "true":
        catalog = discovery.discover(row["connector_type"], row["connector_name"], source_rows(row))
        stored = store_catalog(ctx, row, catalog)
    return respond({"data": resource(stored["id"], "catalogs", catalog_attributes(stored))})


def query_contract(ctx: Ctx) -> Errors:
    errs, values = check(ctx.params, [F("query", "str"), F("limit", "int", required=False)])
    if "limit" in values and values["limit"] < 1:
        add(errs, "limit", "must be greater than 0")
    return errs


_LIMIT_RE = re.compile(r"\blimit\s+(\d+)\s*;?\s*$", re.IGNORECASE)
_SELECT_RE = re.compile(r"^\s*(select|with)\b", re.IGNORECASE)


@handles("queryConnectorSource", contract=query_contract)
def query_source(ctx: Ctx) -> Response:
    row = connector_in_workspace(ctx, ctx.ints["id"])
    has_catalog = ctx.db.scalar("SELECT 1 FROM catalogs WHERE connector_id = ?", (row["id"],))
    if row["category"] == definitions.AI_CATEGORY and not has_catalog:
        raise errors.render_error(422, "Catalog is not present for the connector")
    ctx.authorize("connector", "read")
    if row["connector_type"] != "source":
        raise errors.render_error(422, "Connector is not a source")
    query = ctx.params["query"]
    if not _SELECT_RE.match(query):
        raise errors.render_error(422, f'syntax error at or near "{query.split()[0]}"')
    ends = _LIMIT_RE.search(query)
    limit = int(ends.group(1)) if ends else int(ctx.params.get("limit") or 50)
    return respond({"data": source_rows(row)[:limit]})
