"""Syncs (§4, §10.4)."""

from __future__ import annotations

from typing import Any

from .conftest import MEMBER, VIEWER, CheckedClient, detail

MANUAL: dict[str, Any] = {
    "source_id": 1,
    "destination_id": 2,
    "model_id": 1,
    "schedule_type": "manual",
    "sync_mode": "full_refresh",
    "sync_interval": 10,
    "sync_interval_unit": "minutes",
    "stream_name": "profile",
    "cursor_field": "created_date",
    "configuration": {"email_address": "email"},
}


def test_list(client: CheckedClient) -> None:
    body = client.get("/api/v1/syncs?page=1&per_page=20").json()
    assert sorted(s["id"] for s in body["data"]) == ["1", "2", "3", "4", "5", "6"]  # 7 is deleted
    first = body["data"][0]["attributes"]
    assert list(first["model"]) == [
        "id", "name", "description", "query", "query_type", "configuration", "primary_key",
        "created_at", "updated_at", "connector",
    ]  # fmt: skip
    assert "configuration" not in first["source"]
    member = client.get("/api/v1/syncs", token=MEMBER).json()
    assert member["links"]["first"] == "http://www.example.com/api/v1/syncs?page=1&per_page=10"
    assert client.get("/api/v1/syncs", token=VIEWER).status_code == 200


def test_get(client: CheckedClient) -> None:
    attrs = client.get("/api/v1/syncs/3", token=VIEWER).json()["data"]["attributes"]
    assert (attrs["schedule_type"], attrs["sync_interval"], attrs["sync_interval_unit"]) == (
        "interval",
        1,
        "hours",
    )
    assert list(attrs)[13:15] == ["updated_at", "created_at"]
    missing = client.get("/api/v1/syncs/999")
    assert missing.status_code == 404
    assert missing.json()["error"].startswith("Couldn't find Sync with 'id'=999 [WHERE")
    assert client.get("/api/v1/syncs/7").status_code == 404  # soft-deleted
    assert client.get("/api/v1/syncs/8").status_code == 404  # other workspace


def test_create_manual_nulls_schedule_fields(client: CheckedClient) -> None:
    response = client.post("/api/v1/syncs", json={"sync": MANUAL}, token=MEMBER)
    assert response.status_code == 201
    attrs = response.json()["data"]["attributes"]
    assert attrs["status"] == "pending" and attrs["cursor_field"] == "created_date"
    assert attrs["sync_interval"] is None and attrs["sync_interval_unit"] is None
    assert attrs["cron_expression"] is None and attrs["current_cursor_field"] is None
    no_cursor = client.post("/api/v1/syncs", json={"sync": {**MANUAL, "cursor_field": None}})
    assert no_cursor.json()["data"]["attributes"]["cursor_field"] is None
    forbidden = client.post("/api/v1/syncs", json={"sync": MANUAL}, token=VIEWER)
    assert (
        forbidden.status_code == 403
        and detail(forbidden) == "You are not authorized to do this action"
    )


def test_create_schedules(client: CheckedClient) -> None:
    interval = client.post("/api/v1/syncs", json={"sync": {**MANUAL, "schedule_type": "interval"}})
    attrs = interval.json()["data"]["attributes"]
    assert (attrs["sync_interval"], attrs["sync_interval_unit"]) == (10, "minutes")
    cron = {**MANUAL, "schedule_type": "cron_expression", "cron_expression": "0 0 */2 * *"}
    attrs = client.post("/api/v1/syncs", json={"sync": cron}).json()["data"]["attributes"]
    assert attrs["cron_expression"] == "0 0 */2 * *" and attrs["sync_interval"] is None


def test_create_errors(client: CheckedClient) -> None:
    def post(**changes: Any) -> Any:
        return client.post("/api/v1/syncs", json={"sync": {**MANUAL, **changes}})

    assert post(source_id="connector_id_wrong").json() == {
        "errors": {"sync": {"source_id": ["must be an integer"]}}
    }
    assert post(schedule_type="autoamted").json() == {
        "errors": {"sync": {"schedule_type": ["invalid schedule type"]}}
    }
    assert post(schedule_type="Interval").status_code == 400  # deliberate strictness
    assert post(schedule_type="interval", sync_interval=0).json()["errors"]["sync"][
        "sync_interval"
    ] == ["must be greater than 0"]
    bad_cron = post(schedule_type="cron_expression", cron_expression="every day")
    assert bad_cron.json()["errors"]["sync"]["cron_expression"] == [
        "invalid cron expression format"
    ]
    stream = post(stream_name="random")
    assert stream.status_code == 422
    assert stream.json()["errors"][0]["source"]["stream_name"] == (
        "Add a valid stream_name associated with destination connector"
    )
    no_catalog = post(destination_id=6)
    assert (
        no_catalog.status_code == 422
        and no_catalog.json()["errors"][0]["source"]["catalog"] == "Catalog is missing"
    )
    assert client.post("/api/v1/syncs", json={}).json()["errors"]["sync"]["model_id"] == [
        "is missing"
    ]


def test_update(client: CheckedClient) -> None:
    config = {"test": "x", "field_type": "vector", "hide_embedding": False,
              "embedding_config": {"mode": "open_ai", "model": "m", "api_key": "k"}}  # fmt: skip
    body = {"sync": {**MANUAL, "sync_interval": 30, "configuration": config}}
    response = client.put("/api/v1/syncs/3", json=body, token=MEMBER)
    assert response.status_code == 200
    attrs = response.json()["data"]["attributes"]
    assert attrs["sync_interval"] is None and attrs["cron_expression"] is None
    assert attrs["configuration"] == config
    assert attrs["cursor_field"] == "updated_at"  # ignored on update
    interval = client.put(
        "/api/v1/syncs/3",
        json={
            "sync": {
                "schedule_type": "interval",
                "sync_interval": 10,
                "sync_interval_unit": "minutes",
            }
        },
    )
    assert interval.json()["data"]["attributes"]["sync_interval"] == 10
    assert client.put("/api/v1/syncs/3", json=body, token=VIEWER).status_code == 403
    assert client.put("/api/v1/syncs/99", json=body).status_code == 404
    assert client.put("/api/v1/syncs/3", json={"sync": {"schedule_type": "autoamted"}}).json() == {
        "errors": {"sync": {"schedule_type": ["invalid schedule type"]}}
    }
    assert client.put("/api/v1/syncs/3", json={"sync": {}}).status_code == 422


def test_delete_is_soft(client: CheckedClient) -> None:
    assert client.delete("/api/v1/syncs/1", token=VIEWER).status_code == 403
    assert client.delete("/api/v1/syncs/1", token=MEMBER).status_code == 204
    assert client.get("/api/v1/syncs/1").status_code == 404
    assert client.get("/api/v1/syncs/1/sync_runs").status_code == 404
    assert client.delete("/api/v1/syncs/999").status_code == 404
    assert client.app.state.mock.db.scalar("SELECT COUNT(*) FROM syncs WHERE id = 1") == 1


def test_configurations(client: CheckedClient) -> None:
    body = client.get("/api/v1/syncs/configurations", token=VIEWER).json()
    assert list(body["data"]) == ["configurations"]
    types = body["data"]["configurations"]["catalog_mapping_types"]
    assert list(types) == ["standard", "vector", "static", "template"]
