"""Per-request context handed to handlers, and the spec-driven parameter checks."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request

from . import auth, errors
from .contracts import Errors, as_int, parse_int
from .db import Database, iso_from_epoch
from .routing import Operation, Param

# Contract messages for enum-valued query parameters, per operation (§1.1, §2, §5, §6).
ENUM_MESSAGES: dict[tuple[str, str], str] = {
    ("listConnectors", "type"): "invalid type",
    ("listConnectorDefinitions", "type"): "invalid connector type",
    ("getConnectorDefinition", "type"): "invalid connector type",
    ("listSyncRuns", "status"): "must be a valid status",
    ("listSyncRecords", "status"): "must be a valid status",
}
# Query parameters the server does not contract-check; their handlers deal with them.
UNCHECKED: frozenset[tuple[str, str]] = frozenset(
    {
        ("listConnectors", "category"),
        ("listConnectors", "sub_category"),
        ("listConnectorDefinitions", "category"),
        ("getConnectorDefinition", "category"),
        ("listModels", "query_type"),
    }
)
# Path segments that are not contract-checked as integers (§0.6): cancel only needs presence.
PRESENCE_ONLY: frozenset[tuple[str, str]] = frozenset({("cancelSync", "sync_id")})


@dataclass
class AppState:
    db: Database
    faults: frozenset[str]
    run_step_seconds: float
    clock: Callable[[], float] = time.time
    ops: dict[str, Operation] = field(default_factory=dict)

    def now(self) -> str:
        return iso_from_epoch(self.clock())


class Ctx:
    """What a handler needs about its request; workspace and role resolve lazily."""

    def __init__(
        self,
        request: Request,
        state: AppState,
        op: Operation,
        user_id: int,
        query: dict[str, Any],
        body: dict[str, Any] | None,
    ) -> None:
        self.request = request
        self.state = state
        self.db = state.db
        self.op = op
        self.user_id = user_id
        self.path: dict[str, str] = dict(request.path_params)
        self.query = query
        self.body = body
        self.ints: dict[str, int] = {}
        self._membership: tuple[int, str] | None = None

    @property
    def params(self) -> dict[str, Any]:
        """The contract's view: query, then body, then path (later wins), as in Rails."""
        merged: dict[str, Any] = dict(self.query)
        if self.body:
            merged.update(self.body)
        merged.update(self.path)
        return merged

    def wrapped(self, key: str) -> Any:
        """`params[key]` as the contract sees it (absent -> KeyError-free None)."""
        return self.params.get(key)

    def _resolve_membership(self) -> tuple[int, str]:
        if self._membership is None:
            found = auth.role_in(self.db, self.user_id, self.request.headers.get("workspace-id"))
            if found is None:
                raise errors.WORKSPACE_NOT_FOUND
            self._membership = found
        return self._membership

    @property
    def workspace_id(self) -> int:
        return self._resolve_membership()[0]

    def authorize(self, resource: str, action: str) -> None:
        role = self._resolve_membership()[1]
        if not auth.allowed(role, resource, action):
            raise errors.FORBIDDEN

    def now(self) -> str:
        return self.state.now()

    @property
    def base_url(self) -> str:
        """Scheme + host + path of the request, for pagination links."""
        url = self.request.url
        return f"{url.scheme}://{url.netloc}{url.path}"

    def check_parameters(self) -> Errors:
        """Contract errors of the path and query parameters, from the spec's types."""
        errs: Errors = {}
        op_id = self.op.operation_id
        for p in self.op.path_params:
            raw = self.path.get(p.name, "")
            if (op_id, p.name) in PRESENCE_ONLY:
                continue
            if p.type == "integer":
                number = parse_int(raw)
                if number is None or not _within(number, p.minimum, p.maximum):
                    errs[p.name] = ["must be an integer"]
                else:
                    self.ints[p.name] = number
        for p in self.op.query_params:
            if (op_id, p.name) in UNCHECKED:
                continue
            if p.name not in self.query:
                if p.required:
                    errs[p.name] = ["is missing"]
                continue
            message = _query_error(op_id, p, self.query[p.name])
            if message:
                errs[p.name] = [message]
        return errs


def _within(number: int, low: float | None, high: float | None) -> bool:
    return (low is None or number >= low) and (high is None or number <= high)


def _query_error(op_id: str, p: Param, value: Any) -> str | None:
    name, typ, enum, minimum = p.name, p.type, p.enum, p.minimum
    if name == "per_page":
        message = _per_page_error(value)
        if message is None and p.maximum is not None and int(value) > p.maximum:
            return f"must be less than or equal to {int(p.maximum)}"
        return message
    if not isinstance(value, str):
        return "must be a string" if typ != "integer" else "must be an integer"
    if value == "":
        return "must be filled"
    if typ == "integer":
        number = parse_int(value)
        if number is None:
            return "must be an integer"
        if p.maximum is not None and number > p.maximum:
            return f"must be less than or equal to {int(p.maximum)}"
        if minimum is not None and number < minimum:
            return (
                "must be greater than 0"
                if minimum == 1
                else f"must be greater than or equal to {minimum}"
            )
        return None
    if typ == "boolean":
        return None if value in ("true", "false") else "must be boolean"
    if enum is not None and value not in enum:
        return ENUM_MESSAGES.get((op_id, name), "must be one of: " + ", ".join(map(str, enum)))
    return None


def _per_page_error(value: Any) -> str | None:
    """Deliberately strict: the server reads junk as 10; `0` stays the server's envelope B."""
    if not isinstance(value, str):
        return "must be an integer"
    if value == "":
        return "must be filled"
    number = as_int(value)
    if number is None:
        return "must be an integer"
    if number < 0:
        return "must be greater than 0"
    return None


def utc_now() -> datetime:
    return datetime.now(UTC)
