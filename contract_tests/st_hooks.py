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
