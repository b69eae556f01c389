"""The speed-oriented model template keeps from_dict/to_dict semantics."""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

import attrs
import pytest
from ai_squared_client.models import (
    PaginationLinks,
    SyncRecordAction,
    SyncRecordAttributesLogsType0,
    SyncRecordAttributesRecord,
    SyncRecordList,
    SyncRecordStatus,
)

LINKS = {
    "self": "http://h/x?",
    "first": "http://h/x?page=1&per_page=2",
    "prev": None,
    "next": "http://h/x?page=2&per_page=2",
    "last": "http://h/x?page=3&per_page=2",
}


def record(i: int, logs: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "id": str(i),
        "type": "sync_records",
        "attributes": {
            "sync_id": 1,
            "sync_run_id": 2,
            "record": {"id": i, "email": f"u{i}@example.com"},
            "status": "failed",
            "action": "destination_update",
            "logs": logs,
            "created_at": "2024-01-09T10:00:00.001000+00:00",
            "updated_at": "2024-01-09T10:00:00.001000+00:00",
        },
    }


def page() -> dict[str, Any]:
    return {"data": [record(1, None), record(2, {"level": "info"})], "links": LINKS}


def test_round_trip_is_lossless() -> None:
    doc = page()

    assert SyncRecordList.from_dict(doc).to_dict() == doc


def test_public_attribute_types_are_kept() -> None:
    attrs = SyncRecordList.from_dict(page()).data[1].attributes

    assert attrs.status is SyncRecordStatus.FAILED
    assert attrs.action is SyncRecordAction.DESTINATION_UPDATE
    assert attrs.created_at == datetime.datetime(2024, 1, 9, 10, 0, 0, 1000, datetime.UTC)
    assert attrs.logs is not None
    assert attrs.logs["level"] == "info"
    assert attrs.record["email"] == "u2@example.com"


def test_unknown_keys_become_additional_properties_without_aliasing() -> None:
    doc = page()
    doc["meta"] = {"total": 2}
    doc["data"][0]["attributes"]["new_field"] = 5

    parsed = SyncRecordList.from_dict(doc)
    parsed.data[0].attributes.record["email"] = "changed"

    assert parsed.additional_properties == {"meta": {"total": 2}}
    assert parsed.data[0].attributes.additional_properties == {"new_field": 5}
    assert doc["data"][0]["attributes"]["record"]["email"] == "u1@example.com"
    assert parsed.to_dict() == {**doc, "data": parsed.to_dict()["data"]}


def test_free_form_objects_are_plain_dicts_copied_both_ways() -> None:
    doc = page()
    source = doc["data"][1]["attributes"]
    attrs = SyncRecordList.from_dict(doc).data[1].attributes

    assert SyncRecordAttributesRecord == dict[str, Any] == SyncRecordAttributesLogsType0
    assert type(attrs.record) is dict and attrs.record == source["record"]
    assert type(attrs.logs) is dict and attrs.logs == source["logs"]
    assert attrs.record is not source["record"] and attrs.logs is not source["logs"]
    out = attrs.to_dict()
    assert out["record"] == attrs.record and out["record"] is not attrs.record
    assert out["logs"] == attrs.logs and out["logs"] is not attrs.logs


def test_missing_required_key_still_raises() -> None:
    doc = page()
    del doc["data"][0]["attributes"]["status"]

    with pytest.raises(KeyError):
        SyncRecordList.from_dict(doc)


def test_const_mismatch_still_raises() -> None:
    doc = page()
    doc["data"][0]["type"] = "syncs"

    with pytest.raises(ValueError, match="must match const"):
        SyncRecordList.from_dict(doc)


def test_a_union_member_that_does_not_parse_is_kept_as_sent() -> None:
    doc = page()
    doc["data"][0]["attributes"]["logs"] = "plain text"

    assert SyncRecordList.from_dict(doc).data[0].attributes.logs == "plain text"  # type: ignore[comparison-overlap]


def test_additional_properties_is_made_on_first_use() -> None:
    parsed = SyncRecordList.from_dict(page())
    links = PaginationLinks(self_="s", first="f", prev=None, next_=None, last="l")

    assert links.additional_properties == {}
    links["extra"] = 1
    assert links.to_dict()["extra"] == 1 and "extra" in links
    assert parsed.data[0].additional_keys == []
    assert copy.deepcopy(parsed) == parsed == pickle.loads(pickle.dumps(parsed))
    assert attrs.evolve(parsed.data[0], id="9").id == "9"
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        parsed.nope  # type: ignore[attr-defined]  # noqa: B018
