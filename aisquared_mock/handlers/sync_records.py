"""Sync records (§6): the hot path, so SQL and serialization are kept lean."""

from __future__ import annotations

from starlette.responses import Response

from .. import errors, runs
from ..context import Ctx
from ..faults import RENAME_ATTRIBUTE
from ..routing import handles
from ..serializers import SYNC_RECORD_COLUMNS, sync_record, sync_records_document
from .common import JSON_TYPE, page_of, respond
from .sync_runs import sync_or_404

_ORDER = " ORDER BY created_at, id LIMIT ? OFFSET ?"
_BY_RUN = " FROM sync_records WHERE sync_run_id = ?"
_BY_RUN_STATUS = " FROM sync_records WHERE sync_run_id = ? AND status = ?"
# Pages are assembled from the attributes serialized at insert time; the rename-attribute
# fault needs the per-field path.
_FAST_COLUMNS = "SELECT id, attributes"
_FIELD_COLUMNS = f"SELECT {SYNC_RECORD_COLUMNS}"


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
    where, args = (_BY_RUN, (run_id,)) if status is None else (_BY_RUN_STATUS, (run_id, status))
    total = ctx.db.count_cache.get(key)
    if total is None:
        total = ctx.db.count_cache[key] = conn.execute("SELECT COUNT(*)" + where, args).fetchone()[
            0
        ]
    window = (*args, page.limit, page.offset)
    if RENAME_ATTRIBUTE in ctx.state.faults:
        rows = conn.execute(_FIELD_COLUMNS + where + _ORDER, window).fetchall()
        data = [sync_record(tuple(r), "state") for r in rows]
        return respond({"data": data, "links": page.links(total)})
    rows = conn.execute(_FAST_COLUMNS + where + _ORDER, window).fetchall()
    return Response(sync_records_document(rows, page.links(total)), media_type=JSON_TYPE)
