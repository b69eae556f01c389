"""Trigger -> run -> records, and paging through the 10,000-record demo run."""

from __future__ import annotations

import time

from ai_squared_client.api.schedule_syncs import cancel_sync, trigger_sync
from ai_squared_client.api.sync_records import list_sync_records
from ai_squared_client.api.sync_runs import get_sync_run, list_sync_runs
from ai_squared_client.api.syncs import create_sync, test_sync
from ai_squared_client.models import (
    ErrorDocument,
    MessageResponse,
    SyncDocument,
    SyncRecordList,
    SyncRunDocument,
    SyncRunList,
)

from . import bodies
from .conftest import Api

DEMO_RECORDS = 10_000
FINISHED = {"success", "failed", "canceled"}


def _wait_for_finished_run(api: Api, sync_id: int) -> SyncRunDocument:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        runs = api.call(list_sync_runs, sync_id=sync_id)
        assert isinstance(runs.parsed, SyncRunList)
        if runs.parsed.data:
            run = api.call(get_sync_run, sync_id=sync_id, sync_run_id=int(runs.parsed.data[0].id))
            assert isinstance(run.parsed, SyncRunDocument)
            if run.parsed.data.attributes.status in FINISHED:
                return run.parsed
        time.sleep(0.1)
    raise AssertionError(f"no run of sync {sync_id} finished within 30 s")


def test_trigger_run_and_records(api: Api) -> None:
    created = api.call(create_sync, body=bodies.sync())
    assert isinstance(created.parsed, SyncDocument)
    sync_id = int(created.parsed.data.id)

    triggered = api.call(trigger_sync, body=bodies.trigger(sync_id))
    assert triggered.status_code == 200 and isinstance(triggered.parsed, MessageResponse)
    assert triggered.parsed.message == "Sync scheduled successfully"

    run = _wait_for_finished_run(api, sync_id)
    attributes = run.data.attributes
    records = api.call(
        list_sync_records, sync_id=sync_id, sync_run_id=int(run.data.id), per_page=1000
    )
    assert isinstance(records.parsed, SyncRecordList)
    assert len(records.parsed.data) == attributes.total_rows
    assert all(r.attributes.sync_run_id == int(run.data.id) for r in records.parsed.data)

    nothing_active = api.call(cancel_sync, sync_id=sync_id)
    assert nothing_active.status_code == 424 and isinstance(nothing_active.parsed, ErrorDocument)
    tested = api.call(test_sync, sync_id=sync_id)
    assert tested.status_code == 200 and isinstance(tested.parsed, MessageResponse)


def test_paging_to_the_end_of_the_demo_run(api: Api) -> None:
    page, seen = 1, 0
    ids: set[str] = set()
    while True:
        response = api.call(
            list_sync_records,
            sync_id=bodies.SYNC_WITH_RECORDS,
            sync_run_id=bodies.RUN_WITH_RECORDS,
            page=page,
            per_page=1000,
        )
        assert response.status_code == 200 and isinstance(response.parsed, SyncRecordList)
        seen += len(response.parsed.data)
        ids.update(r.id for r in response.parsed.data)
        if response.parsed.links.next_ is None:
            break
        page += 1
    assert seen == len(ids) == DEMO_RECORDS
    assert page == 10
    assert response.parsed.links.last.endswith("page=10&per_page=1000")
