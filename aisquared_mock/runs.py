"""The mock's sync flow: runs move pending -> started -> querying -> in_progress ->
success, one step every `run_step_seconds`, advanced lazily from timestamps on read.

A run created by the mock carries `flow_origin` (epoch seconds); static runs (from
fixtures) have none and never move. On success the run's records are written from the
source connector's rows, so the outcome is deterministic.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from .db import Database, dumps, iso_from_epoch, loads
from .discovery import default_rows
from .serializers import sync_record_attributes

INSERT_RECORD = (
    "INSERT INTO sync_records (sync_id, sync_run_id, record, status, action, logs, created_at, "
    "updated_at, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def insert_records(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    """Insert (sync_id, sync_run_id, record, status, action, logs, created_at, updated_at)
    rows, each with its serialized attributes."""
    conn.executemany(INSERT_RECORD, ((*row, sync_record_attributes(row)) for row in rows))


ACTIVE = ("pending", "started", "querying", "queued", "in_progress")
FLOW = ("pending", "started", "querying", "in_progress", "success")


def record_outcome(index: int, row: dict[str, Any]) -> tuple[str, str, dict[str, Any] | None]:
    """(status, action, logs) of the index-th record of a run: deterministic and mixed."""
    action = "destination_update" if index % 3 == 2 else "destination_insert"
    if index % 7 == 6:
        logs: dict[str, Any] | None = {
            "level": "error",
            "message": "Destination rejected the record: invalid email address",
            "request": dumps(row),
            "response": '{"errors":[{"status":400,"detail":"invalid email"}]}',
        }
        return "failed", action, logs
    if index % 5 == 0:
        return (
            "success",
            action,
            {"level": "info", "request": dumps(row), "response": '{"status":"ok"}'},
        )
    if index % 11 == 10:
        return "pending", action, None
    return "success", action, None


def start_run(db: Database, sync: sqlite3.Row, run_type: str, now: float) -> int:
    stamp = iso_from_epoch(now)
    db.may_have_moving_runs = True
    return db.insert(
        "sync_runs",
        {
            "sync_id": sync["id"],
            "workspace_id": sync["workspace_id"],
            "status": "pending",
            "sync_run_type": run_type,
            "total_query_rows": 0,
            "total_rows": 0,
            "successful_rows": 0,
            "failed_rows": 0,
            "skipped_rows": 0,
            "flow_origin": now,
            "created_at": stamp,
            "updated_at": stamp,
        },
    )


def _source_rows(db: Database, sync_id: int) -> list[dict[str, Any]]:
    text = db.scalar(
        "SELECT c.source_rows FROM syncs s JOIN connectors c ON c.id = s.source_id WHERE s.id = ?",
        (sync_id,),
    )
    rows = loads(text)
    return rows if isinstance(rows, list) else default_rows()


def advance(db: Database, now: float, step: float) -> None:
    """Move every mock-driven run to the stage its age implies."""
    moving = db.all(
        "SELECT id, sync_id, status, flow_origin FROM sync_runs WHERE flow_origin IS NOT NULL"
    )
    for run in moving:
        origin = float(run["flow_origin"])
        stage = len(FLOW) - 1 if step <= 0 else min(int((now - origin) / step), len(FLOW) - 1)
        if run["status"] in FLOW and stage > FLOW.index(run["status"]):
            _move(db, run, stage, origin, step)


def _move(db: Database, run: sqlite3.Row, stage: int, origin: float, step: float) -> None:
    at = origin + stage * step
    values: dict[str, Any] = {"status": FLOW[stage], "updated_at": iso_from_epoch(at)}
    if stage >= 1:
        values["started_at"] = iso_from_epoch(origin + step)
    with db.transaction():
        if stage == len(FLOW) - 1:
            values.update(_write_records(db, run, origin + 3 * step))
            values.update(
                finished_at=iso_from_epoch(at),
                duration=round(at - (origin + step), 3),
                flow_origin=None,
            )
            db.conn.execute(
                "UPDATE syncs SET status = 'healthy', updated_at = ? WHERE id = ?",
                (iso_from_epoch(at), run["sync_id"]),
            )
        elif stage >= 2:
            values["total_query_rows"] = len(_source_rows(db, run["sync_id"]))
        db.update("sync_runs", run["id"], values)


def _write_records(db: Database, run: sqlite3.Row, start: float) -> dict[str, Any]:
    rows = _source_rows(db, run["sync_id"])
    batch = []
    counts = {"success": 0, "failed": 0, "pending": 0}
    for i, row in enumerate(rows):
        status, action, logs = record_outcome(i, row)
        counts[status] += 1
        stamp = iso_from_epoch(start + i / 1000)
        batch.append(
            (
                run["sync_id"],
                run["id"],
                dumps(row),
                status,
                action,
                None if logs is None else dumps(logs),
                stamp,
                stamp,
            )
        )
    insert_records(db.conn, batch)
    db.records_changed()
    return {
        "total_query_rows": len(rows),
        "total_rows": len(rows),
        "successful_rows": counts["success"],
        "failed_rows": counts["failed"],
    }


def active_run(db: Database, sync_id: int) -> sqlite3.Row | None:
    """The most recent (highest id) run in an active state."""
    marks = ", ".join("?" for _ in ACTIVE)
    return db.one(
        "SELECT * FROM sync_runs WHERE sync_id = ? AND discarded_at IS NULL "
        f"AND status IN ({marks}) ORDER BY id DESC LIMIT 1",
        (sync_id, *ACTIVE),
    )


def cancel(db: Database, run_id: int, now: float) -> None:
    stamp = iso_from_epoch(now)
    db.update(
        "sync_runs",
        run_id,
        {"status": "canceled", "flow_origin": None, "finished_at": stamp, "updated_at": stamp},
    )
