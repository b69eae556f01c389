"""Manual trigger / cancel (§4.7, §4.8) and the enterprise test-sync operation."""

from __future__ import annotations

import sqlite3

from starlette.responses import Response

from .. import errors, runs
from ..context import Ctx
from ..contracts import Errors, F, to_int
from ..routing import handles
from .common import respond, sync_in_workspace, wrapper_contract

TEST_MESSAGE = "Sync test triggered successfully"


def trigger_contract(ctx: Ctx) -> Errors:
    errs, _ = wrapper_contract(ctx, "schedule_sync", [F("sync_id", "int")])
    return errs


def _manual_sync(ctx: Ctx, sync_id: int | None) -> sqlite3.Row:
    """Look-up and the 404 / 424 preconditions shared by trigger and cancel."""
    sync = None if sync_id is None else sync_in_workspace(ctx, sync_id)
    if sync is None:
        raise errors.render_error(404, "Sync not found")
    if sync["status"] == "disabled":
        raise errors.render_error(424, "Sync is disabled")
    if sync["schedule_type"] != "manual":
        raise errors.render_error(424, "Sync Schedule type should be manual")
    return sync


def _advance(ctx: Ctx) -> None:
    runs.advance(ctx.db, ctx.state.clock(), ctx.state.run_step_seconds)


@handles("triggerSync", contract=trigger_contract, wrapper="schedule_sync")
def trigger_sync(ctx: Ctx) -> Response:
    ctx.workspace_id  # noqa: B018 - workspace before the look-up
    _advance(ctx)
    sync = _manual_sync(ctx, to_int(ctx.params["schedule_sync"]["sync_id"]))
    ctx.authorize("sync", "create")
    if runs.active_run(ctx.db, sync["id"]) is not None:
        raise errors.render_error(424, "Sync cannot be scheduled due to active sync run")
    source = ctx.db.scalar(
        "SELECT connector_name FROM connectors WHERE id = ?", (sync["source_id"],)
    )
    destination = ctx.db.scalar(
        "SELECT connector_name FROM connectors WHERE id = ?", (sync["destination_id"],)
    )
    workflow = f"{str(source).lower()}-{str(destination).lower()}-syncid-{sync['id']}"
    ctx.db.update("syncs", sync["id"], {"workflow_id": workflow})
    runs.start_run(ctx.db, sync, "general", ctx.state.clock())
    return respond({"message": "Sync scheduled successfully"})


@handles("cancelSync")
def cancel_sync(ctx: Ctx) -> Response:
    ctx.workspace_id  # noqa: B018
    _advance(ctx)
    raw = ctx.path["sync_id"]
    sync_id = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else None
    sync = _manual_sync(ctx, sync_id)
    ctx.authorize("sync", "delete")
    run = runs.active_run(ctx.db, sync["id"])
    if run is None:
        raise errors.render_error(424, "Sync cannot be cancelled due to no active sync run")
    runs.cancel(ctx.db, run["id"], ctx.state.clock())
    return respond({"message": "Sync cancelled successfully"})


@handles("testSync")
def test_sync(ctx: Ctx) -> Response:
    """Not in the open-source server; modelled on trigger: 404, 403, then a test run."""
    ctx.workspace_id  # noqa: B018
    _advance(ctx)
    sync = sync_in_workspace(ctx, ctx.ints["sync_id"])
    if sync is None:
        raise errors.render_error(404, "Sync not found")
    ctx.authorize("sync", "create")
    runs.start_run(ctx.db, sync, "test", ctx.state.clock())
    return respond({"message": TEST_MESSAGE})
