"""Sync runs (§5): list and show, advancing mock-driven runs first."""

from __future__ import annotations

import sqlite3
from typing import Any

from starlette.responses import Response

from .. import errors, runs
from ..context import Ctx
from ..routing import handles
from ..serializers import resource, sync_run_attributes
from .common import paginated, respond, sync_in_workspace


def serialize(row: sqlite3.Row) -> dict[str, Any]:
    return resource(row["id"], "sync_runs", sync_run_attributes(row))


def sync_or_404(ctx: Ctx) -> sqlite3.Row:
    sync = sync_in_workspace(ctx, ctx.ints["sync_id"])
    if sync is None:
        raise errors.render_error(404, "Sync not found")
    return sync


@handles("listSyncRuns")
def list_sync_runs(ctx: Ctx) -> Response:
    sync = sync_or_404(ctx)
    ctx.authorize("sync_run", "read")
    runs.advance(ctx.db, ctx.state.clock(), ctx.state.run_step_seconds)
    table = "sync_runs WHERE sync_id = ? AND discarded_at IS NULL"
    args: tuple[Any, ...] = (sync["id"],)
    if "status" in ctx.query:
        table += " AND status = ?"
        args = (*args, ctx.query["status"])
    return paginated(ctx, table, args, "updated_at DESC, id DESC", serialize)


@handles("getSyncRun")
def get_sync_run(ctx: Ctx) -> Response:
    sync = sync_or_404(ctx)
    runs.advance(ctx.db, ctx.state.clock(), ctx.state.run_step_seconds)
    run = ctx.db.one(
        "SELECT * FROM sync_runs WHERE id = ? AND sync_id = ? AND discarded_at IS NULL",
        (ctx.ints["sync_run_id"], sync["id"]),
    )
    if run is None:
        raise errors.render_error(404, "Sync Run not found")
    ctx.authorize("sync_run", "read")
    return respond({"data": serialize(run)})
