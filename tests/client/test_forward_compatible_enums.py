"""Enum values added to the API later parse as UNKNOWN pseudo-members instead of raising."""

from __future__ import annotations

from ai_squared_client.models import SyncRecordList, SyncRunStatus


def record(status: str) -> dict[str, object]:
    return {
        "id": "7",
        "type": "sync_records",
        "attributes": {
            "sync_id": 1,
            "sync_run_id": 2,
            "record": {"email": "ada@example.com"},
            "status": status,
            "action": "destination_insert",
            "logs": None,
            "created_at": "2024-01-08T01:47:34.000Z",
            "updated_at": "2024-01-08T01:47:34.000Z",
        },
    }


def test_known_value_is_the_member() -> None:
    assert SyncRunStatus("success") is SyncRunStatus.SUCCESS
    assert not SyncRunStatus.SUCCESS.is_unknown


def test_unknown_value_keeps_the_raw_string() -> None:
    status = SyncRunStatus("archived")

    assert status.is_unknown
    assert status == "archived"
    assert status.value == "archived"
    assert str(status) == "archived"
    assert status.name == "UNKNOWN"


def test_a_page_with_a_new_status_still_parses() -> None:
    links = {
        "self": "http://h/x?",
        "first": "http://h/x?page=1&per_page=10",
        "prev": None,
        "next": None,
        "last": "http://h/x?page=1&per_page=10",
    }
    page = SyncRecordList.from_dict(
        {"data": [record("success"), record("skipped")], "links": links}
    )

    statuses = [item.attributes.status for item in page.data]

    assert [s.is_unknown for s in statuses] == [False, True]
    assert statuses[1] == "skipped"
