"""Request parameter decoding the way Rack/Rails does it (nested keys, body wrapping)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

_KEY_RE = re.compile(r"\[([^\]]*)\]")

# Rails' params wrapper copies top-level keys that are attribute names of the resource
# under the wrapper key (§0.9); `schedule_sync` has no model, so every key is copied.
_CONNECTOR = """id workspace_id connector_type connector_definition_id configuration created_at
updated_at name connector_name description connector_category connector_sub_category"""
_MODEL = """id name workspace_id connector_id query query_type primary_key created_at updated_at
description configuration"""
_SYNC = """id workspace_id source_id model_id destination_id configuration source_catalog_id
schedule_type sync_interval sync_interval_unit cron_expression status created_at updated_at
stream_name workflow_id discarded_at sync_mode cursor_field current_cursor_field name"""
_CATALOG = "id workspace_id connector_id catalog catalog_hash created_at updated_at"
WRAP_ATTRIBUTES: dict[str, frozenset[str] | None] = {
    "connector": frozenset(_CONNECTOR.split()),
    "model": frozenset(_MODEL.split()),
    "sync": frozenset(_SYNC.split()),
    "catalog": frozenset(_CATALOG.split()),
    "schedule_sync": None,
}


class MalformedParams(ValueError):
    """The query string or form body cannot be decoded (Rails answers a generic 400)."""


def parse_nested(text: str) -> dict[str, Any]:
    """Decode `a[b]=1&c[]=2&d=3` into `{"a": {"b": "1"}, "c": ["2"], "d": "3"}`."""
    try:
        pairs = parse_qsl(text, keep_blank_values=True, errors="strict", max_num_fields=1000)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedParams(str(exc)) from exc
    out: dict[str, Any] = {}
    for key, value in pairs:
        _assign(out, key, value)
    return out


def _assign(out: dict[str, Any], key: str, value: str) -> None:
    head, bracket, rest = key.partition("[")
    if not bracket or not head:
        out[key] = value
        return
    parts = [head, *_KEY_RE.findall("[" + rest)]
    node: Any = out
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "":
            if not isinstance(node, list):
                return
            if last:
                node.append(value)
            else:
                node.append({})
                node = node[-1]
            continue
        if not isinstance(node, dict):
            return
        if last:
            node[part] = value
            return
        want_list = parts[i + 1] == ""
        existing = node.get(part)
        if want_list and not isinstance(existing, list):
            node[part] = []
        elif not want_list and not isinstance(existing, dict):
            node[part] = {}
        node = node[part]


def wrap_body(body: dict[str, Any], wrapper: str) -> dict[str, Any]:
    """Rails' params wrapper for JSON bodies: copy resource attributes under `wrapper`."""
    if wrapper in body:
        return body
    attrs = WRAP_ATTRIBUTES.get(wrapper)
    inner = {k: v for k, v in body.items() if attrs is None or k in attrs}
    return {**body, wrapper: inner}
