"""The Starlette application: request pipeline shared by every operation.

Pipeline (server-behavior §0.1): routing (generic 404) -> body size (413) -> bearer
token (401) -> body decoding (generic 400) -> request contract (400) -> the handler
(workspace, look-ups, authorization, action). Any unexpected exception in the handler
becomes the server's 400 "There was a problem with the request format" envelope.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import auth, errors, faults, handlers
from .context import AppState, Ctx
from .db import Database
from .fixtures import load_fixtures, read_fixtures
from .params import MalformedParams, parse_nested, wrap_body
from .routing import (
    DEFAULT_SPEC,
    REGISTRY,
    Binding,
    Operation,
    check_bindings,
    load_operations,
    route_order,
)

log = logging.getLogger("aisquared_mock")
MAX_BODY = 1024 * 1024
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"]
Endpoint = Callable[[Request], Awaitable[Response]]


def create_app(
    db: str = ":memory:",
    fixtures: str | Path | None = None,
    run_step_seconds: float = 0.5,
    faults: Iterable[str] = (),
    spec: str | Path = DEFAULT_SPEC,
    clock: Callable[[], float] = time.time,
) -> Starlette:
    """Build the mock: bind the spec's operations, open the database, load data."""
    handlers.load_all()
    ops = load_operations(spec)
    check_bindings(ops, REGISTRY)
    fault_set = faults_checked(faults)
    dataset = read_fixtures(fixtures)  # validated before the database is touched
    database = Database(db)
    if database.is_new():
        load_fixtures(database, dataset, clock=clock)
    state = AppState(
        database, fault_set, run_step_seconds, clock, {op.operation_id: op for op in ops}
    )
    app = Starlette(routes=build_routes(ops, state))
    app.state.mock = state
    return app


def faults_checked(names: Iterable[str]) -> frozenset[str]:
    chosen = frozenset(names)
    unknown = sorted(chosen - faults.FAULTS)
    if unknown:
        raise ValueError(
            f"unknown fault(s): {', '.join(unknown)}; known: {', '.join(sorted(faults.FAULTS))}"
        )
    return chosen


def build_routes(ops: list[Operation], state: AppState) -> list[Route]:
    by_path: dict[str, dict[str, Operation]] = {}
    for op in ops:
        by_path.setdefault(op.path, {})[op.method] = op
        if op.method == "PUT":  # Rails routes PATCH to the same update action
            by_path[op.path].setdefault("PATCH", op)
    routes = []
    for path in sorted(by_path, key=route_order):
        endpoint = _path_endpoint(by_path[path], state)
        routes.append(Route(path, endpoint, methods=ALL_METHODS, include_in_schema=False))
    routes.append(Route("/{rest:path}", _not_found, methods=ALL_METHODS, include_in_schema=False))
    return routes


async def _not_found(request: Request) -> Response:
    return errors.generic(404).response()


def _path_endpoint(methods: dict[str, Operation], state: AppState) -> Endpoint:
    endpoints = {
        m: _operation_endpoint(op, REGISTRY.bindings[op.operation_id], state)
        for m, op in methods.items()
    }

    async def dispatch(request: Request) -> Response:
        endpoint = endpoints.get(request.method)
        if endpoint is None:
            return errors.generic(404).response()
        return await endpoint(request)

    return dispatch


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise errors.generic(413)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise errors.generic(413)
        chunks.append(chunk)
    return b"".join(chunks)


def _decode_body(request: Request, raw: bytes, binding: Binding) -> dict[str, Any] | None:
    """The body as Rails params: JSON (wrapped, §0.9) or form; other types are ignored."""
    if not raw.strip():
        return None
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise errors.generic(400) from None
        if not isinstance(value, dict):
            value = {"_json": value}
        return wrap_body(value, binding.wrapper) if binding.wrapper else value
    if media == "application/x-www-form-urlencoded":
        try:
            return parse_nested(raw.decode("utf-8"))
        except (UnicodeDecodeError, MalformedParams):
            raise errors.generic(400) from None
    return None


def _operation_endpoint(op: Operation, binding: Binding, state: AppState) -> Endpoint:
    list_fault = "500-on-page" in state.faults and op.is_list

    async def endpoint(request: Request) -> Response:
        try:
            raw = await _read_body(request)
            token = auth.bearer_token(request.headers.get("authorization"))
            user_id = auth.user_for_token(state.db, token)
            if user_id is None:
                raise errors.UNAUTHORIZED
            try:
                query = parse_nested(request.url.query)
            except MalformedParams:
                raise errors.generic(400) from None
            body = _decode_body(request, raw, binding)
            if list_fault:
                faults.fail_on_page(query)
            ctx = Ctx(request, state, op, user_id, query, body)
            problems = ctx.check_parameters()
            if binding.contract is not None:
                for key, value in binding.contract(ctx).items():
                    problems.setdefault(key, value)
            if problems:
                raise errors.contract_failure(problems)
            return binding.handler(ctx)
        except errors.ApiError as exc:
            return exc.response()
        except Exception as exc:  # the server's catch-all: never a 5xx for bad input
            log.exception("unexpected error in %s", op.operation_id)
            return errors.bad_request(str(exc) or type(exc).__name__).response()

    return endpoint
