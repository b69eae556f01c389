"""Bulk, deterministic sync records for fixtures that ask for `generate_records: N`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .db import dumps, epoch, iso_from_epoch
from .discovery import demo_row
from .runs import record_outcome

RecordRow = tuple[int, int, str, str, str, str | None, str, str]


def generated_records(sync_id: int, run_id: int, count: int, start: str) -> Iterator[RecordRow]:
    """`count` records for run `run_id`, one millisecond apart from `start`."""
    origin = epoch(start)
    for i in range(count):
        row = demo_row(i + 1)
        status, action, logs = record_outcome(i, row)
        stamp = iso_from_epoch(origin + i / 1000)
        yield (
            sync_id,
            run_id,
            dumps(row),
            status,
            action,
            None if logs is None else dumps(logs),
            stamp,
            stamp,
        )


def outcome_counts(count: int) -> dict[str, int]:
    counts = {"success": 0, "failed": 0, "pending": 0}
    for i in range(count):
        counts[record_outcome(i, {})[0]] += 1
    return counts


def default_stamp(base: str, offset_minutes: int) -> str:
    return iso_from_epoch(epoch(base) + offset_minutes * 60)


def rows_for(spec: dict[str, Any]) -> list[dict[str, Any]] | None:
    rows = spec.get("rows")
    return rows if isinstance(rows, list) else None
