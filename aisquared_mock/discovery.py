"""Deterministic stand-ins for the live connector calls: discover, query, check."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from . import definitions

FIRST = ("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John", "Radia", "Ken")
LAST = (
    "Lovelace",
    "Hopper",
    "Turing",
    "Dijkstra",
    "Liskov",
    "Knuth",
    "Allen",
    "Backus",
    "Perlman",
    "Thompson",
)
STATES = ("CA", "NY", "TX", "WA", "MA", "IL", "OR", "CO")

_DESTINATION_STREAMS: dict[str, list[tuple[str, str, dict[str, Any]]]] = {
    "Klaviyo": [
        (
            "profile",
            "https://a.klaviyo.com/api/profiles",
            {"email": "string", "first_name": "string"},
        ),
        (
            "customer",
            "https://a.klaviyo.com/api/profile-import",
            {"email": "string", "phone_number": "string"},
        ),
    ],
    "Hubspot": [
        (
            "contacts",
            "https://api.hubapi.com/crm/v3/objects/contacts",
            {"email": "string", "firstname": "string"},
        ),
        (
            "companies",
            "https://api.hubapi.com/crm/v3/objects/companies",
            {"name": "string", "domain": "string"},
        ),
    ],
    "Slack": [("chat_postMessage", "https://slack.com/api/chat.postMessage", {"text": "string"})],
}


def demo_row(index: int) -> dict[str, Any]:
    """Row `index` (1-based) of the deterministic demo `customers` table."""
    first = FIRST[index % len(FIRST)]
    last = LAST[(index // len(FIRST)) % len(LAST)]
    return {
        "id": index,
        "first_name": first,
        "last_name": last,
        "email_address": f"{first.lower()}.{last.lower()}{index}@example.com",
        "phone_number": f"+1-555-{index % 10000:04d}",
        "state": STATES[index % len(STATES)],
    }


def default_rows(count: int = 25) -> list[dict[str, Any]]:
    return [demo_row(i) for i in range(1, count + 1)]


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"


def _object_schema(columns: dict[str, str]) -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "object",
        "properties": {name: {"type": typ} for name, typ in columns.items()},
    }


def _stream(name: str, url: str, method: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "action": "create",
        "json_schema": schema,
        "url": url,
        "request_method": method,
        "batch_support": False,
        "batch_size": 1,
        "supported_sync_modes": ["full_refresh", "incremental"],
        "source_defined_cursor": False,
        "request_rate_limit": 600,
        "request_rate_limit_unit": "minute",
        "request_rate_concurrency": 10,
    }


def discover(
    connector_type: str, connector_name: str, rows: list[dict[str, Any]]
) -> dict[str, Any]:
    """The catalog a connector of this kind would report; same input, same output."""
    definition = definitions.find(connector_type, connector_name)
    category = definition.category if definition else ""
    streams: list[dict[str, Any]]
    if connector_type == "destination":
        known = _DESTINATION_STREAMS.get(connector_name) or [
            (definitions.folder(connector_name), "unknown", {"id": "string", "email": "string"})
        ]
        streams = [_stream(n, url, "POST", _object_schema(cols)) for n, url, cols in known]
    elif category == definitions.AI_CATEGORY:
        schema = {
            "input": [{"name": "prompt", "type": "string", "value": "", "value_type": "dynamic"}],
            "output": [
                {"name": "completion", "type": "string", "value": "choices.0.message.content"}
            ],
        }
        streams = [_stream(connector_name, "unknown", "POST", schema)]
    else:
        columns = {k: _json_type(v) for k, v in (rows[0] if rows else demo_row(1)).items()}
        streams = [_stream("customers", "unknown", "GET", _object_schema(columns))]
    return {
        "streams": streams,
        "request_rate_limit": 600,
        "request_rate_limit_unit": "minute",
        "request_rate_concurrency": 10,
        "schema_mode": "schema",
        "source_defined_cursor": False,
    }


def catalog_hash(catalog: Any) -> str:
    return hashlib.sha1(orjson.dumps(catalog, option=orjson.OPT_SORT_KEYS)).hexdigest()


def check_connection(kind: str, name: str, connection_spec: Any) -> dict[str, Any]:
    """Succeeds when every required key of the definition's spec is present."""
    definition = definitions.find(kind, name)
    if definition is None:
        missing = ["connection_spec"]
    else:
        missing = definitions.missing_required(definition.connection_specification, connection_spec)
    if not missing:
        return {"type": "connection_status", "connection_status": {"status": "succeeded"}}
    message = "Missing required connection properties: " + ", ".join(missing)
    return {
        "type": "connection_status",
        "connection_status": {"status": "failed", "message": message},
    }
