"""Schemathesis hooks loaded by the `st run` subprocess (config key `hooks`).

`Workspace-Id` is a required header whose only useful valid value is the caller's workspace.
Fixing it through `headers`/`[parameters]` makes schemathesis overwrite its own negative
mutations of that header (then it reports the valid request it actually sent as a wrongly
accepted invalid one). Replacing only *valid* values, at call time so every phase is
covered, keeps mutations intact: a generated int64 becomes the run's workspace; anything
else (missing, wrong type, out of range) is sent as generated and must be refused (400).
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

import schemathesis

WORKSPACE_ENV = "CONTRACT_TESTS_WORKSPACE_ID"
HEADER = "Workspace-Id"
_INTEGER = re.compile(r"^[+-]?\d+$")


INT64 = (-(2**63), 2**63 - 1)


def is_valid_workspace_value(value: Any) -> bool:
    """What the spec accepts for the header: an int64, sent as digits."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return False
    if isinstance(value, str) and not _INTEGER.match(value):
        return False
    return INT64[0] <= int(value) <= INT64[1]


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Send the run's workspace wherever a schema-valid Workspace-Id was generated."""
    workspace = os.environ.get(WORKSPACE_ENV)
    headers = case.headers
    if workspace and headers and is_valid_workspace_value(headers.get(HEADER)):
        headers[HEADER] = workspace


# --- Live writes: never touch a record that existed before the run ----------------------
#
# Against a live API with writes opted in, operations that change, delete or act on an
# existing record (or run generated SQL on it) must not reach the workspace's own records.
# The runner lists every connector, model and sync id before the run (PROTECTED_ENV, JSON);
# a schema-valid id naming one of them is replaced by UNREACHABLE_ID, which names no record,
# so the server answers 404. Records the run creates, ids that name nothing, and invalid ids
# (refused before any look-up) are sent as generated.
PROTECTED_ENV = "CONTRACT_TESTS_PROTECTED_IDS"
UNREACHABLE_ID = INT64[1]
# operationId -> (location, key path, resource type the id names)
GUARDED: dict[str, tuple[str, tuple[str, ...], str]] = {
    "updateConnector": ("path", ("id",), "connectors"),
    "deleteConnector": ("path", ("id",), "connectors"),
    "queryConnectorSource": ("path", ("id",), "connectors"),
    "createCatalog": ("body", ("connector_id",), "connectors"),
    "updateCatalog": ("body", ("connector_id",), "connectors"),
    "updateModel": ("path", ("id",), "models"),
    "deleteModel": ("path", ("id",), "models"),
    "updateSync": ("path", ("id",), "syncs"),
    "deleteSync": ("path", ("id",), "syncs"),
    "triggerSync": ("body", ("schedule_sync", "sync_id"), "syncs"),
    "cancelSync": ("path", ("sync_id",), "syncs"),
    "testSync": ("path", ("sync_id",), "syncs"),
}


def protected_ids() -> dict[str, set[int]] | None:
    """The records to leave alone, from the environment (None when writes are not guarded)."""
    raw = os.environ.get(PROTECTED_ENV)
    if not raw:
        return None
    loaded = json.loads(raw)
    return {resource: {int(i) for i in ids} for resource, ids in loaded.items()}


def _container(case: Any, location: str, keys: tuple[str, ...]) -> dict[str, Any] | None:
    """The dict holding the guarded id (its last key), if the case has one."""
    node = case.path_parameters if location == "path" else case.body
    for key in keys[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) and keys[-1] in node else None


def guard_target(operation_id: str | None, case: Any, protected: dict[str, set[int]]) -> None:
    """Point a guarded write at UNREACHABLE_ID when it names a protected record."""
    if operation_id not in GUARDED:
        return
    location, keys, resource = GUARDED[operation_id]
    holder = _container(case, location, keys)
    if holder is None:
        return
    value = holder[keys[-1]]
    if is_valid_workspace_value(value) and int(value) in protected.get(resource, set()):
        holder[keys[-1]] = UNREACHABLE_ID


# Against a live API, `discover?refresh=true` makes the server re-run discovery against the
# connected system and replace the stored catalog: a write hidden in a GET. Live runs send
# `refresh=false` instead (other values are invalid and refused before anything happens).
LIVE_ENV = "CONTRACT_TESTS_LIVE"


def keep_discovery_read_only(operation_id: str | None, case: Any) -> None:
    """Turn a valid ``refresh=true`` on discoverConnector into ``refresh=false``."""
    query = case.query
    if (
        operation_id == "discoverConnector"
        and isinstance(query, dict)
        and query.get("refresh") in (True, "true")
    ):
        query["refresh"] = "false"


PROTECTED = protected_ids()


@schemathesis.hook("before_call")
def guard_live_calls(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    operation_id = case.operation.definition.raw.get("operationId")
    if os.environ.get(LIVE_ENV) == "1":
        keep_discovery_read_only(operation_id, case)
    if PROTECTED is not None:
        guard_target(operation_id, case, PROTECTED)


# --- One server quirk that is not drift ------------------------------------------------
#
# The server cannot serialize an ai_ml model whose connector has no catalog: every read that
# embeds the model answers 400 "There was a problem with the request format: undefined
# method 'catalog' for nil" (server-behavior §3; the spec documents the 400). Fuzzed model
# updates can create such a model from the run's own data, after which valid reads of it are
# refused. Exactly that refusal is dropped from positive_data_acceptance; nothing else is.
AI_ML_WITHOUT_CATALOG = "undefined method 'catalog' for nil"
REJECTED_POSITIVE_DATA = "ST202"


def is_ai_ml_without_catalog(status: int, body: Any) -> bool:
    """Whether an answer is the server's 400 for an ai_ml model without a catalog."""
    if status != 400 or not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        return False
    return any(
        isinstance(error, dict) and AI_ML_WITHOUT_CATALOG in str(error.get("detail", ""))
        for error in body["errors"]
    )


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    if getattr(failure, "code", None) != REJECTED_POSITIVE_DATA:
        return True
    try:
        body = response.json()
    except ValueError:
        return True
    return not is_ai_ml_without_catalog(response.status_code, body)
