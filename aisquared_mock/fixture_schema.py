"""JSON Schema of a fixtures file (YAML or JSON); see README.md for the format."""

from __future__ import annotations

from typing import Any

from .enums import (
    QUERY_TYPES,
    RECORD_ACTIONS,
    RECORD_STATUSES,
    RUN_STATUSES,
    SCHEDULE_TYPES,
    SYNC_INTERVAL_UNITS,
    SYNC_MODES,
)

_ID = {"type": "integer", "minimum": 1}
_STAMP = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$"}
_NULLABLE_STR = {"type": ["string", "null"]}
_NULLABLE_INT = {"type": ["integer", "null"]}


def _obj(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": required,
        "additionalProperties": False,
        "properties": properties,
    }


RECORD = _obj(
    ["record"],
    {
        "record": {"type": "object"},
        "status": {"enum": list(RECORD_STATUSES)},
        "action": {"enum": list(RECORD_ACTIONS)},
        "logs": {"type": ["object", "null"]},
        "created_at": _STAMP,
    },
)

FIXTURE_SCHEMA: dict[str, Any] = _obj(
    ["workspaces", "users"],
    {
        "workspaces": {
            "type": "array",
            "items": _obj(["id", "name"], {"id": _ID, "name": {"type": "string"}}),
        },
        "users": {
            "type": "array",
            "items": _obj(
                ["id", "email", "tokens", "memberships"],
                {
                    "id": _ID,
                    "email": {"type": "string"},
                    "tokens": {"type": "array", "items": {"type": "string", "minLength": 1}},
                    "memberships": {
                        "type": "array",
                        "items": _obj(
                            ["workspace_id", "role"],
                            {"workspace_id": _ID, "role": {"enum": ["Admin", "Member", "Viewer"]}},
                        ),
                    },
                },
            ),
        },
        "connectors": {
            "type": "array",
            "items": _obj(
                ["id", "workspace_id", "name", "connector_type", "connector_name", "configuration"],
                {
                    "id": _ID,
                    "workspace_id": _ID,
                    "name": {"type": "string", "minLength": 1},
                    "description": _NULLABLE_STR,
                    "connector_type": {"enum": ["source", "destination"]},
                    "connector_name": {"type": "string"},
                    "configuration": {"type": "object"},
                    "category": {"type": "string"},
                    "sub_category": {"type": "string"},
                    "rows": {"type": "array", "items": {"type": "object"}},
                    "catalog": {
                        "oneOf": [
                            {"const": "discover"},
                            {
                                "type": "object",
                                "required": ["streams"],
                                "properties": {"streams": {"type": "array"}},
                            },
                        ]
                    },
                    "created_at": _STAMP,
                    "updated_at": _STAMP,
                },
            ),
        },
        "models": {
            "type": "array",
            "items": _obj(
                ["id", "connector_id", "name", "query_type"],
                {
                    "id": _ID,
                    "connector_id": _ID,
                    "name": {"type": "string", "minLength": 1},
                    "description": _NULLABLE_STR,
                    "query": _NULLABLE_STR,
                    "query_type": {"enum": list(QUERY_TYPES)},
                    "configuration": {"type": ["object", "null"]},
                    "primary_key": _NULLABLE_STR,
                    "created_at": _STAMP,
                    "updated_at": _STAMP,
                },
            ),
        },
        "syncs": {
            "type": "array",
            "items": _obj(
                [
                    "id",
                    "source_id",
                    "destination_id",
                    "model_id",
                    "schedule_type",
                    "stream_name",
                    "configuration",
                ],
                {
                    "id": _ID,
                    "source_id": _ID,
                    "destination_id": _ID,
                    "model_id": _ID,
                    "configuration": {"type": ["object", "array"]},
                    "schedule_type": {"enum": list(SCHEDULE_TYPES)},
                    "sync_mode": {"enum": [*SYNC_MODES, None]},
                    "sync_interval": _NULLABLE_INT,
                    "sync_interval_unit": {"enum": [*SYNC_INTERVAL_UNITS, None]},
                    "cron_expression": _NULLABLE_STR,
                    "stream_name": {"type": "string"},
                    "status": {"enum": ["disabled", "healthy", "pending", "failed", "aborted"]},
                    "cursor_field": _NULLABLE_STR,
                    "current_cursor_field": _NULLABLE_STR,
                    "discarded": {"type": "boolean"},
                    "created_at": _STAMP,
                    "updated_at": _STAMP,
                },
            ),
        },
        "sync_runs": {
            "type": "array",
            "items": _obj(
                ["id", "sync_id", "status"],
                {
                    "id": _ID,
                    "sync_id": _ID,
                    "status": {"enum": list(RUN_STATUSES)},
                    "sync_run_type": {"enum": ["general", "test"]},
                    "started_at": {"oneOf": [_STAMP, {"type": "null"}]},
                    "finished_at": {"oneOf": [_STAMP, {"type": "null"}]},
                    "total_query_rows": _NULLABLE_INT,
                    "total_rows": _NULLABLE_INT,
                    "successful_rows": _NULLABLE_INT,
                    "failed_rows": _NULLABLE_INT,
                    "skipped_rows": {"type": "integer"},
                    "error": _NULLABLE_STR,
                    "created_at": _STAMP,
                    "updated_at": _STAMP,
                    "records": {"type": "array", "items": RECORD},
                    "generate_records": {"type": "integer", "minimum": 0, "maximum": 1000000},
                },
            ),
        },
    },
)
