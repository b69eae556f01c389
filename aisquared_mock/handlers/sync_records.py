"""Sync records (§6): the hot path, so SQL and serialization are kept lean."""

from __future__ import annotations

from starlette.responses import Response

from .. import errors, runs
from ..context import Ctx
from ..faults import RENAME_ATTRIBUTE
from ..routing import handles
from ..serializers import SYNC_RECORD_COLUMNS, sync_record
from .common import page_of, respond
from .sync_runs import sync_or_404

_PAGE_SQL = (
    f"SELECT {SYNC_RECORD_COLUMNS} FROM sync_records WHERE sync_run_id = ? "
    "ORDER BY created_at, id LIMIT ? OFFSET ?"
)
_PAGE_STATUS_SQL = (
    f"SELECT {SYNC_RECORD_COLUMNS} FROM sync_records WHERE sync_run_id = ? AND status = ? "
    "ORDER BY created_at, id LIMIT ? OFFSET ?"
)
_COUNT_SQL = "SELECT COUNT(*) FROM sync_records WHERE sync_run_id = ?"
_COUNT_STATUS_SQL = "SELECT COUNT(*) FROM sync_records WHERE sync_run_id = ? AND status = ?"


@handles("listSyncRecords")
def list_sync_records(ctx: Ctx) -> Response:
    sync = sync_or_404(ctx)
    runs.advance(ctx.db, ctx.state.clock(), ctx.state.run_step_seconds)
    run_id = ctx.db.scalar(
        "SELECT id FROM sync_runs WHERE id = ? AND sync_id = ? AND discarded_at IS NULL",
        (ctx.ints["sync_run_id"], sync["id"]),
    )
    if run_id is None:
        raise errors.render_error(404, "SyncRun not found")
    ctx.authorize("sync_record", "read")
    page = page_of(ctx)
    page.check()
    status = ctx.query.get("status")
    conn = ctx.db.conn
    key = (ctx.db.records_version, run_id, status)
    total = ctx.db.count_cache.get(key)
    if status is None:
        if total is None:
            total = ctx.db.count_cache[key] = conn.execute(_COUNT_SQL, (run_id,)).fetchone()[0]
        rows = conn.execute(_PAGE_SQL, (run_id, page.limit, page.offset)).fetchall()
    else:
        if total is None:
            total = ctx.db.count_cache[key] = conn.execute(
                _COUNT_STATUS_SQL, (run_id, status)
            ).fetchone()[0]
        rows = conn.execute(_PAGE_STATUS_SQL, (run_id, status, page.limit, page.offset)).fetchall()
    name = "state" if RENAME_ATTRIBUTE in ctx.state.faults else "status"
    return respond(
        {"data": [sync_record(tuple(r), name) for r in rows], "links": page.links(total)}
    )
