"""Syncs (§4.1-4.6): list, create, get, update, delete (soft), configurations."""

from __future__ import annotations

import json
import sqlite3
from importlib import resources
from typing import Any

from starlette.responses import Response

from .. import cron, errors
from ..context import Ctx
from ..contracts import Errors, F, add, to_int
from ..db import dumps, loads
from ..enums import SCHEDULE_TYPES, SYNC_INTERVAL_UNITS, SYNC_MODES
from ..routing import handles
from ..serializers import resource, sync_attributes
from .common import (
    no_content,
    paginated,
    require_wrapper,
    respond,
    sync_in_workspace,
    wrapper_contract,
)

MAPPING_KEYS = (
    "from", "to", "mapping_type", "value", "value_type", "template", "field_type", "hide_embedding",
)  # fmt: skip
EMBEDDING_KEYS = ("mode", "model", "api_key")
SYNC_WHERE = '"syncs"."workspace_id" = $1 AND "syncs"."discarded_at" IS NULL'


def _fields(required: bool) -> list[F]:
    return [
        F("model_id", "int", required=required),
        F("destination_id", "int", required=required),
        F("source_id", "int", required=False),
        F("schedule_type", "str", required=required),
        F("sync_mode", "str", required=required),
        F("stream_name", "str", required=required),
        F("configuration", "any", required=required),
        F("sync_interval", "int", required=False, filled=False, maybe=True),
        F("sync_interval_unit", "str", required=False, filled=False, maybe=True),
        F("cron_expression", "str", required=False, filled=False, maybe=True),
        F("cursor_field", "str", required=False, filled=False, maybe=True),
        F("name", "str", required=False, filled=False, maybe=True),
    ]


def _rules(raw: dict[str, Any], values: dict[str, Any], inner: Errors, creating: bool) -> None:
    kind = values.get("schedule_type")
    if kind is not None and kind not in SCHEDULE_TYPES:
        add(inner, "schedule_type", "invalid schedule type")
    mode = values.get("sync_mode")
    if mode is not None and mode not in SYNC_MODES:
        add(inner, "sync_mode", "invalid sync mode")
    unit = values.get("sync_interval_unit")
    if unit is not None and unit not in SYNC_INTERVAL_UNITS:
        add(inner, "sync_interval_unit", "invalid sync interval unit")
    if kind == "interval":
        if "sync_interval" not in inner and (creating or "sync_interval" in raw):
            interval = values.get("sync_interval")
            if interval is None:
                add(inner, "sync_interval", "must be present")
            elif interval <= 0:
                add(inner, "sync_interval", "must be greater than 0")
        if "sync_interval_unit" not in inner and creating and unit is None:
            add(inner, "sync_interval_unit", "invalid sync interval unit")
    if (
        kind == "cron_expression"
        and "cron_expression" not in inner
        and (creating or "cron_expression" in raw)
    ):
        expression = values.get("cron_expression")
        if not expression or not cron.is_valid(expression):
            add(inner, "cron_expression", "invalid cron expression format")


def _contract(ctx: Ctx, creating: bool) -> Errors:
    errs, values = wrapper_contract(ctx, "sync", _fields(required=creating))
    if values is None:
        return errs
    inner = errs.setdefault("sync", {})
    _rules(ctx.params["sync"], values, inner, creating)
    if not inner:
        del errs["sync"]
    return errs


def create_contract(ctx: Ctx) -> Errors:
    return _contract(ctx, creating=True)


def update_contract(ctx: Ctx) -> Errors:
    return _contract(ctx, creating=False)


def serialize(ctx: Ctx, row: sqlite3.Row) -> dict[str, Any]:
    return resource(row["id"], "syncs", sync_attributes(ctx.db, row))


def _sync(ctx: Ctx) -> sqlite3.Row:
    sync_id = ctx.ints["id"]
    row = sync_in_workspace(ctx, sync_id)
    if row is None:
        raise errors.record_not_found("Sync", sync_id, SYNC_WHERE)
    return row


def _clean_configuration(value: Any) -> Any:
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        kept = []
        for entry in value:
            if not isinstance(entry, dict):
                continue
            item = {k: entry[k] for k in MAPPING_KEYS if k in entry}
            if isinstance(entry.get("embedding_config"), dict):
                embedding = entry["embedding_config"]
                item["embedding_config"] = {
                    k: embedding[k] for k in EMBEDDING_KEYS if k in embedding
                }
            kept.append(item)
        return kept
    return None


def _apply_schedule(values: dict[str, Any]) -> None:
    kind = values.get("schedule_type")
    if kind == "manual":
        values.update(sync_interval=None, sync_interval_unit=None, cron_expression=None)
    elif kind == "interval":
        values["cron_expression"] = None
    elif kind == "cron_expression":
        values.update(sync_interval=None, sync_interval_unit=None)


def _validate(ctx: Ctx, values: dict[str, Any], failure: str) -> None:
    """Model validations of a sync about to be saved (422 with one message per attribute)."""
    problems: dict[str, str] = {}
    if values.get("source_id") is None:
        problems["source_id"] = "can't be blank"
    for key, table in (
        ("source", "connectors"),
        ("destination", "connectors"),
        ("model", "models"),
    ):
        ref = values.get(f"{key}_id")
        if ref is not None and ctx.db.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (ref,)) is None:
            problems[key] = "must exist"
    if values.get("configuration") in (None, [], {}):
        problems["configuration"] = "can't be blank"
    if values.get("schedule_type") == "interval":
        if values.get("sync_interval") is None:
            problems["sync_interval"] = "can't be blank"
        elif values["sync_interval"] <= 0:
            problems["sync_interval"] = "must be greater than 0"
        if values.get("sync_interval_unit") is None:
            problems["sync_interval_unit"] = "can't be blank"
    if values.get("schedule_type") == "cron_expression" and not values.get("cron_expression"):
        problems["cron_expression"] = "can't be blank"
    if "destination" not in problems and values.get("destination_id") is not None:
        catalog = ctx.db.scalar(
            "SELECT catalog FROM catalogs WHERE connector_id = ?", (values["destination_id"],)
        )
        if catalog is None:
            problems["catalog"] = "Catalog is missing"
        else:
            names = {
                s.get("name")
                for s in (loads(catalog) or {}).get("streams", [])
                if isinstance(s, dict)
            }
            if values.get("stream_name") not in names:
                problems["stream_name"] = (
                    "Add a valid stream_name associated with destination connector"
                )
    if problems:
        raise errors.render_error(422, failure, problems)


COLUMNS = (
    "source_id", "destination_id", "model_id", "schedule_type", "sync_mode", "sync_interval",
    "sync_interval_unit", "cron_expression", "stream_name",
)  # fmt: skip


@handles("listSyncs")
def list_syncs(ctx: Ctx) -> Response:
    args = (ctx.workspace_id,)
    ctx.authorize("sync", "read")
    table = "syncs WHERE workspace_id = ? AND discarded_at IS NULL"
    return paginated(ctx, table, args, "updated_at DESC, id DESC", lambda r: serialize(ctx, r))


@handles("createSync", contract=create_contract, wrapper="sync")
def create_sync(ctx: Ctx) -> Response:
    body = ctx.params["sync"]
    workspace_id = ctx.workspace_id
    ctx.authorize("sync", "create")
    values: dict[str, Any] = {k: body.get(k) for k in COLUMNS}
    for key in ("source_id", "destination_id", "model_id", "sync_interval"):
        if values[key] is not None and values[key] != "":
            values[key] = to_int(values[key])
        elif values[key] == "":
            values[key] = None
    values["configuration"] = _clean_configuration(body.get("configuration"))
    values["cursor_field"] = body.get("cursor_field") or None
    _apply_schedule(values)
    _validate(ctx, values, "Sync creation failed")
    now = ctx.now()
    values["configuration"] = dumps(values["configuration"])
    new_id = ctx.db.insert(
        "syncs",
        {
            **values,
            "workspace_id": workspace_id,
            "status": "pending",
            "created_at": now,
            "updated_at": now,
        },
    )
    row = ctx.db.one("SELECT * FROM syncs WHERE id = ?", (new_id,))
    assert row is not None
    return respond({"data": serialize(ctx, row)}, 201)


@handles("getSync")
def get_sync(ctx: Ctx) -> Response:
    row = _sync(ctx)
    ctx.authorize("sync", "read")
    return respond({"data": serialize(ctx, row)})


@handles("updateSync", contract=update_contract, wrapper="sync")
def update_sync(ctx: Ctx) -> Response:
    row = _sync(ctx)
    ctx.authorize("sync", "update")
    body = require_wrapper(ctx, "sync")
    values: dict[str, Any] = {k: row[k] for k in COLUMNS}
    values["configuration"] = loads(row["configuration"])
    for key in COLUMNS:
        if key in body:
            value = body[key]
            if key.endswith("_id") or key == "sync_interval":
                value = None if value in (None, "") else to_int(value)
            values[key] = value if value != "" else None
    if "configuration" in body:
        values["configuration"] = _clean_configuration(body["configuration"])
    _apply_schedule(values)
    _validate(ctx, values, "Sync update failed")
    values["configuration"] = dumps(values["configuration"])
    ctx.db.update("syncs", row["id"], {**values, "updated_at": ctx.now()})
    updated = ctx.db.one("SELECT * FROM syncs WHERE id = ?", (row["id"],))
    assert updated is not None
    return respond({"data": serialize(ctx, updated)})


@handles("deleteSync")
def delete_sync(ctx: Ctx) -> Response:
    row = _sync(ctx)
    ctx.authorize("sync", "delete")
    now = ctx.now()
    with ctx.db.transaction() as conn:
        conn.execute("UPDATE syncs SET discarded_at = ? WHERE id = ?", (now, row["id"]))
        conn.execute(
            "UPDATE sync_records SET sync_run_id = NULL WHERE sync_run_id IN "
            "(SELECT id FROM sync_runs WHERE sync_id = ?)",
            (row["id"],),
        )
        conn.execute("UPDATE sync_runs SET discarded_at = ? WHERE sync_id = ?", (now, row["id"]))
    ctx.db.records_changed()
    return no_content()


# The fixed text of server/app/interactors/syncs/sync_configurations.rb.
CONFIGURATIONS = json.loads(
    resources.files("aisquared_mock").joinpath("sync_configurations.json").read_text("utf-8")
)


@handles("getSyncConfigurations")
def sync_configurations(ctx: Ctx) -> Response:
    ctx.workspace_id  # noqa: B018 - resolves the workspace (400) before authorizing
    ctx.authorize("sync", "read")
    return respond(CONFIGURATIONS)
