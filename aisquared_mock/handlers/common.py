"""Helpers shared by the handlers: responses, look-ups, paginated lists."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import orjson
from starlette.responses import Response

from .. import errors
from ..context import Ctx
from ..contracts import Errors, F, check
from ..faults import DROP_LINKS_KEY
from ..pagination import Page

JSON_TYPE = "application/json; charset=utf-8"


def respond(body: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type=JSON_TYPE)


def no_content() -> Response:
    return Response(status_code=204)


def page_of(ctx: Ctx) -> Page:
    return Page(ctx.query, ctx.base_url, drop_last=DROP_LINKS_KEY in ctx.state.faults)


def paginated(
    ctx: Ctx,
    table_sql: str,
    args: tuple[Any, ...],
    order: str,
    serialize: Callable[[sqlite3.Row], dict[str, Any]],
) -> Response:
    """`SELECT * FROM <table_sql>` one page at a time, with the five links."""
    page = page_of(ctx)
    page.check()
    total = ctx.db.scalar(f"SELECT COUNT(*) FROM {table_sql}", args)
    rows = ctx.db.all(
        f"SELECT * FROM {table_sql} ORDER BY {order} LIMIT ? OFFSET ?",
        (*args, page.limit, page.offset),
    )
    return respond({"data": [serialize(r) for r in rows], "links": page.links(int(total))})


def connector_in_workspace(ctx: Ctx, connector_id: int) -> sqlite3.Row:
    row = ctx.db.one(
        "SELECT * FROM connectors WHERE id = ? AND workspace_id = ?",
        (connector_id, ctx.workspace_id),
    )
    if row is None:
        raise errors.render_error(404, "Connector not found")
    return row


def sync_in_workspace(ctx: Ctx, sync_id: int) -> sqlite3.Row | None:
    return ctx.db.one(
        "SELECT * FROM syncs WHERE id = ? AND workspace_id = ? AND discarded_at IS NULL",
        (sync_id, ctx.workspace_id),
    )


def wrapper_contract(
    ctx: Ctx, wrapper: str, fields: list[F]
) -> tuple[Errors, dict[str, Any] | None]:
    """Check `params[wrapper]` (a hash) and its fields; returns errors and passing values."""
    outer, ok = check(ctx.params, [F(wrapper, "hash", filled=False)])
    if outer:
        return outer, None
    inner_errors, values = check(ok[wrapper], fields)
    return ({wrapper: inner_errors} if inner_errors else {}), values


def require_wrapper(ctx: Ctx, wrapper: str) -> dict[str, Any]:
    """Rails' `params.require(wrapper)`: an empty object is a 422 (envelope E)."""
    value = ctx.params.get(wrapper)
    if not isinstance(value, dict) or not value:
        raise errors.param_missing(wrapper)
    return value
