"""Schemathesis hooks loaded by the `st run` subprocess (config key `hooks`).

`Workspace-Id` is a required header whose only useful valid value is the caller's workspace.
Fixing it through `headers`/`[parameters]` makes schemathesis overwrite its own negative
mutations of that header (then it reports the valid request it actually sent as a wrongly
accepted invalid one). Replacing only *valid* values, at call time so every phase is
covered, keeps mutations intact: a generated int64 becomes the run's workspace; anything
else (missing, wrong type, out of range) is sent as generated and must be refused (400).
"""

from __future__ import annotations

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


# --- Live writes: never touch a record this run did not create -------------------------
#
# Against a live API with writes opted in, operations that change, delete or act on an
# existing record (or run generated SQL on it) may only target records created by this run.
# A schema-valid id naming anything else is replaced by UNREACHABLE_ID, which names no
# record, so the server answers 404 and nothing outside the run is touched. Invalid ids
# (wrong type, out of range) are sent as generated: they are refused before any look-up.
GUARD_ENV = "CONTRACT_TESTS_GUARD_WRITES"
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
CREATED: dict[str, set[int]] = {"connectors": set(), "models": set(), "syncs": set()}


def _container(case: Any, location: str, keys: tuple[str, ...]) -> dict[str, Any] | None:
    """The dict holding the guarded id (its last key), if the case has one."""
    node = case.path_parameters if location == "path" else case.body
    for key in keys[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) and keys[-1] in node else None


def guard_target(operation_id: str | None, case: Any) -> None:
    """Point a guarded write at UNREACHABLE_ID unless it names a record this run created."""
    if operation_id not in GUARDED:
        return
    location, keys, resource = GUARDED[operation_id]
    holder = _container(case, location, keys)
    if holder is None:
        return
    value = holder[keys[-1]]
    if is_valid_workspace_value(value) and int(value) not in CREATED[resource]:
        holder[keys[-1]] = UNREACHABLE_ID


def remember_created(method: str, status: int, body: Any) -> None:
    """Record the id of a connector, model or sync this run created."""
    if method.upper() != "POST" or status != 201 or not isinstance(body, dict):
        return
    data = body.get("data")
    if isinstance(data, dict) and data.get("type") in CREATED:
        try:
            CREATED[data["type"]].add(int(data["id"]))
        except (KeyError, TypeError, ValueError):
            return


@schemathesis.hook("before_call")
def guard_live_writes(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    if os.environ.get(GUARD_ENV) == "1":
        guard_target(case.operation.definition.raw.get("operationId"), case)


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    if os.environ.get(GUARD_ENV) != "1":
        return
    try:
        body = response.json()
    except ValueError:
        return
    remember_created(case.method, response.status_code, body)
