"""JSON:API documents with the server's attribute order (§1, §3-§7)."""

from __future__ import annotations

import sqlite3
from typing import Any

import orjson

from . import definitions, errors
from .db import Database, loads

Row = sqlite3.Row


def resource(row_id: int, kind: str, attributes: dict[str, Any]) -> dict[str, Any]:
    return {"id": str(row_id), "type": kind, "attributes": attributes}


def connector_definition(row: Row) -> definitions.Definition | None:
    return definitions.find(row["connector_type"], row["connector_name"])


def masked_configuration(row: Row) -> Any:
    config = loads(row["configuration"])
    definition = connector_definition(row)
    if definition is None:
        return config
    return definitions.mask(config, definitions.secret_paths(definition.connection_specification))


def icon(row: Row) -> str:
    definition = connector_definition(row)
    if definition is not None:
        return definition.icon
    kind = row["connector_type"]
    return f"{definitions.ICON_BASE}/{kind}/{definitions.folder(row['connector_name'])}/icon.svg"


def connector_attributes(row: Row) -> dict[str, Any]:
    return {
        "name": row["name"],
        "description": row["description"],
        "connector_type": row["connector_type"],
        "workspace_id": row["workspace_id"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "configuration": masked_configuration(row),
        "connector_name": row["connector_name"],
        "icon": icon(row),
    }


def flat_connector(row: Row, with_configuration: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row["id"], **connector_attributes(row)}
    if not with_configuration:
        del out["configuration"]
    return out


def model_configuration(db: Database, model: Row, connector: Row) -> Any:
    """`ai_ml` models get the json_schema of their connector's same-named catalog stream."""
    config = loads(model["configuration"])
    if model["query_type"] != "ai_ml":
        return config
    catalog_text = db.scalar(
        "SELECT catalog FROM catalogs WHERE connector_id = ?", (connector["id"],)
    )
    if catalog_text is None:
        raise errors.bad_request("undefined method 'catalog' for nil")
    catalog = loads(catalog_text) or {}
    schema: Any = {}
    for stream in catalog.get("streams") or []:
        if isinstance(stream, dict) and stream.get("name") == connector["connector_name"]:
            schema = stream.get("json_schema", {})
            break
    base = config if isinstance(config, dict) else {}
    return {**base, "json_schema": schema}


def model_attributes(db: Database, model: Row, connector: Row) -> dict[str, Any]:
    return {
        "name": model["name"],
        "description": model["description"],
        "query": model["query"],
        "query_type": model["query_type"],
        "configuration": model_configuration(db, model, connector),
        "primary_key": model["primary_key"],
        "created_at": model["created_at"],
        "updated_at": model["updated_at"],
        "connector": flat_connector(connector),
    }


def sync_attributes(db: Database, sync: Row) -> dict[str, Any]:
    source = _connector(db, sync["source_id"])
    destination = _connector(db, sync["destination_id"])
    model = db.one("SELECT * FROM models WHERE id = ?", (sync["model_id"],))
    model_doc: dict[str, Any] | None = None
    if model is not None:
        model_connector = _connector(db, model["connector_id"])
        if model_connector is not None:
            model_doc = {"id": model["id"], **model_attributes(db, model, model_connector)}
    return {
        "source_id": sync["source_id"],
        "destination_id": sync["destination_id"],
        "model_id": sync["model_id"],
        "configuration": loads(sync["configuration"]),
        "schedule_type": sync["schedule_type"],
        "sync_mode": sync["sync_mode"],
        "sync_interval": sync["sync_interval"],
        "sync_interval_unit": sync["sync_interval_unit"],
        "cron_expression": sync["cron_expression"],
        "stream_name": sync["stream_name"],
        "status": sync["status"],
        "cursor_field": sync["cursor_field"],
        "current_cursor_field": sync["current_cursor_field"],
        "updated_at": sync["updated_at"],
        "created_at": sync["created_at"],
        "source": None if source is None else flat_connector(source, with_configuration=False),
        "destination": None
        if destination is None
        else flat_connector(destination, with_configuration=False),
        "model": model_doc,
    }


def _connector(db: Database, connector_id: int) -> Row | None:
    return db.one("SELECT * FROM connectors WHERE id = ?", (connector_id,))


def sync_run_attributes(run: Row) -> dict[str, Any]:
    return {
        "sync_id": run["sync_id"],
        "status": run["status"],
        "sync_run_type": run["sync_run_type"],
        "started_at": run["started_at"],
        "finished_at": run["finished_at"],
        "duration": run["duration"],
        "total_query_rows": run["total_query_rows"],
        "total_rows": run["total_rows"],
        "successful_rows": run["successful_rows"],
        "failed_rows": run["failed_rows"],
        "skipped_rows": run["skipped_rows"],
        "error": run["error"],
        "created_at": run["created_at"],
        "updated_at": run["updated_at"],
    }


SYNC_RECORD_COLUMNS = (
    "id, sync_id, sync_run_id, record, status, action, logs, created_at, updated_at"
)


def sync_record_attributes(row: tuple[Any, ...]) -> str:
    """The attributes object of a record, as JSON text in the emitted key order.

    ``row`` is (sync_id, sync_run_id, record, status, action, logs, created_at, updated_at)
    with ``record`` and ``logs`` already JSON text. Records never change once written, so
    this is computed at insert time and pages are assembled from it without re-encoding.
    """
    sync_id, run_id, record, status, action, logs, created, updated = row
    attributes = {
        "sync_id": sync_id,
        "sync_run_id": run_id,
        "record": orjson.Fragment(record),
        "status": status,
        "action": action,
        "logs": None if logs is None else orjson.Fragment(logs),
        "created_at": created,
        "updated_at": updated,
    }
    return orjson.dumps(attributes).decode()


def sync_records_document(rows: list[tuple[int, str]], links: dict[str, Any]) -> bytes:
    """A page document from (id, attributes JSON) rows, same bytes as ``orjson.dumps``."""
    items = ",".join(
        f'{{"id":"{rid}","type":"sync_records","attributes":{attributes}}}'
        for rid, attributes in rows
    )
    return f'{{"data":[{items}],"links":'.encode() + orjson.dumps(links) + b"}"


def sync_record(row: tuple[Any, ...], status_key: str = "status") -> dict[str, Any]:
    """One record from a `SYNC_RECORD_COLUMNS` tuple; JSON columns pass through unparsed."""
    rid, sync_id, run_id, record, status, action, logs, created, updated = row
    return {
        "id": str(rid),
        "type": "sync_records",
        "attributes": {
            "sync_id": sync_id,
            "sync_run_id": run_id,
            "record": orjson.Fragment(record),
            status_key: status,
            "action": action,
            "logs": None if logs is None else orjson.Fragment(logs),
            "created_at": created,
            "updated_at": updated,
        },
    }


def catalog_attributes(row: Row) -> dict[str, Any]:
    return {
        "connector_id": row["connector_id"],
        "workspace_id": row["workspace_id"],
        "catalog": loads(row["catalog"]),
        "catalog_hash": row["catalog_hash"],
    }
