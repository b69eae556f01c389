"""Manual trigger/cancel, test sync, sync runs and records (§4.7-§6, §10.5-§10.7)."""

from __future__ import annotations

from .conftest import ADMIN, MEMBER, VIEWER, CheckedClient, detail, make_client

RECORDS = "/api/v1/syncs/1/sync_runs/1/sync_records"


def test_trigger_runs_the_flow(client: CheckedClient) -> None:
    response = client.post(
        "/api/v1/schedule_syncs", json={"schedule_sync": {"sync_id": 2}}, token=MEMBER
    )
    assert response.json() == {"message": "Sync scheduled successfully"}
    runs = client.get("/api/v1/syncs/2/sync_runs").json()["data"]
    assert len(runs) == 1 and runs[0]["attributes"]["status"] == "success"  # step 0: at once
    run_id = runs[0]["id"]
    records = client.get(f"/api/v1/syncs/2/sync_runs/{run_id}/sync_records?per_page=100").json()
    assert len(records["data"]) == 25
    assert {r["attributes"]["status"] for r in records["data"]} == {"success", "failed", "pending"}
    assert client.get("/api/v1/syncs/2").json()["data"]["attributes"]["status"] == "healthy"


def test_trigger_preconditions(client: CheckedClient) -> None:
    def trigger(sync_id: int, token: str = ADMIN) -> tuple[int, str]:
        response = client.post("/api/v1/schedule_syncs", json={"sync_id": sync_id}, token=token)
        return response.status_code, detail(response) if response.status_code != 200 else ""

    assert trigger(514254) == (404, "Sync not found")
    assert trigger(4) == (424, "Sync is disabled")
    assert trigger(3) == (424, "Sync Schedule type should be manual")
    assert trigger(6) == (424, "Sync cannot be scheduled due to active sync run")
    assert trigger(2, VIEWER)[0] == 403
    assert client.post("/api/v1/schedule_syncs").json() == {
        "errors": {"schedule_sync": ["is missing"]}
    }
    assert client.post("/api/v1/schedule_syncs", json={"x": 1}).json() == {
        "errors": {"schedule_sync": {"sync_id": ["is missing"]}}
    }


def test_cancel(client: CheckedClient) -> None:
    assert client.delete("/api/v1/schedule_syncs/6", token=VIEWER).status_code == 403
    response = client.delete("/api/v1/schedule_syncs/6")
    assert response.json() == {"message": "Sync cancelled successfully"}
    run = client.get("/api/v1/syncs/6/sync_runs/3").json()["data"]["attributes"]
    assert run["status"] == "canceled"
    again = client.delete("/api/v1/schedule_syncs/6")
    assert (
        again.status_code == 424
        and detail(again) == "Sync cannot be cancelled due to no active sync run"
    )
    assert detail(client.delete("/api/v1/schedule_syncs/1232131")) == "Sync not found"
    assert client.delete("/api/v1/schedule_syncs/abc").status_code == 404


def test_flow_steps_with_a_clock(spec_schema: object) -> None:
    now = [1_700_000_000.0]
    client = make_client(spec_schema, run_step_seconds=1.0, clock=lambda: now[0])
    client.post("/api/v1/schedule_syncs", json={"sync_id": 2})
    seen = []
    for _ in range(5):
        seen.append(
            client.get("/api/v1/syncs/2/sync_runs").json()["data"][0]["attributes"]["status"]
        )
        now[0] += 1.0
    assert seen == ["pending", "started", "querying", "in_progress", "success"]
    client.post("/api/v1/schedule_syncs", json={"sync_id": 2})
    now[0] += 1.5
    assert client.delete("/api/v1/schedule_syncs/2").status_code == 200
    now[0] += 10
    statuses = [
        r["attributes"]["status"] for r in client.get("/api/v1/syncs/2/sync_runs").json()["data"]
    ]
    assert sorted(statuses) == ["canceled", "success"]


def test_test_sync(client: CheckedClient) -> None:
    response = client.post("/enterprise/api/v1/syncs/2/test")
    assert response.json() == {"message": "Sync test triggered successfully"}
    run = client.get("/api/v1/syncs/2/sync_runs").json()["data"][0]["attributes"]
    assert run["sync_run_type"] == "test"
    assert client.post("/enterprise/api/v1/syncs/999/test").status_code == 404
    assert client.post("/enterprise/api/v1/syncs/2/test", token=VIEWER).status_code == 403


def test_sync_runs(client: CheckedClient) -> None:
    body = client.get("/api/v1/syncs/1/sync_runs?page=1&per_page=20").json()
    assert [r["id"] for r in body["data"]] == ["2", "1"]  # updated_at descending
    assert body["data"][0]["attributes"]["failed_rows"] == 2
    assert (
        client.get("/api/v1/syncs/1/sync_runs?status=failed")
        .json()["links"]["self"]
        .endswith("?status=failed")
    )
    assert client.get("/api/v1/syncs/1/sync_runs?status=invalid").json() == {
        "errors": {"status": ["must be a valid status"]}
    }
    assert client.get("/api/v1/syncs/1/sync_runs?page=oi").status_code == 400
    assert detail(client.get("/api/v1/syncs/10099/sync_runs")) == "Sync not found"
    assert (
        client.get("/api/v1/syncs/1/sync_runs/2", token=VIEWER).json()["data"]["type"]
        == "sync_runs"
    )
    assert client.get("/api/v1/syncs/1/sync_runs/invalid").status_code == 400
    assert detail(client.get("/api/v1/syncs/1/sync_runs/23546436")) == "Sync Run not found"
    assert (
        detail(client.get("/api/v1/syncs/1/sync_runs/3")) == "Sync Run not found"
    )  # run of sync 6


def test_sync_records(client: CheckedClient) -> None:
    body = client.get("/api/v1/syncs/1/sync_runs/2/sync_records?page=1&per_page=20").json()
    assert len(body["data"]) == 3
    stamps = [r["attributes"]["created_at"] for r in body["data"]]
    assert stamps == sorted(stamps)
    assert body["data"][1]["attributes"]["logs"] == {"message": "test", "level": "error"}
    assert body["data"][0]["attributes"]["logs"] is None
    assert client.get(RECORDS + "?status=invalid").json() == {
        "errors": {"status": ["must be a valid status"]}
    }
    assert client.get(RECORDS + "?page=oi").json() == {"errors": {"page": ["must be an integer"]}}
    assert detail(client.get("/api/v1/syncs/1979697/sync_runs/1/sync_records")) == "Sync not found"
    assert (
        detail(client.get("/api/v1/syncs/1/sync_runs/9798787/sync_records")) == "SyncRun not found"
    )
    failed = client.get(RECORDS + "?status=failed&per_page=5").json()
    assert {r["attributes"]["status"] for r in failed["data"]} == {"failed"}


def test_bulk_run_pagination(client: CheckedClient) -> None:
    body = client.get(RECORDS + "?per_page=100&page=2").json()
    assert len(body["data"]) == 100 and body["data"][0]["id"] == "101"
    links = body["links"]
    base = "http://www.example.com" + RECORDS
    assert links == {
        "self": f"{base}?page=2&per_page=100",
        "first": f"{base}?page=1&per_page=100",
        "prev": f"{base}?page=1&per_page=100",
        "next": f"{base}?page=3&per_page=100",
        "last": f"{base}?page=100&per_page=100",
    }
    actions = {r["attributes"]["action"] for r in body["data"]}
    assert actions == {"destination_insert", "destination_update"}
    past = client.get(RECORDS + "?per_page=5000&page=5").json()
    assert past["data"] == []
    assert past["links"]["prev"].endswith("page=4&per_page=5000")
    assert past["links"]["next"].endswith("page=6&per_page=5000")
    assert past["links"]["last"].endswith("page=2&per_page=5000")
    assert client.get(RECORDS + "?page=0").json()["links"]["self"].endswith("?page=0")


def test_per_page_rules(client: CheckedClient) -> None:
    zero = client.get(RECORDS + "?per_page=0")
    assert zero.status_code == 400 and ".per(0)" in detail(zero)
    assert client.get(RECORDS + "?per_page=abc").json() == {
        "errors": {"per_page": ["must be an integer"]}
    }
    assert client.get(RECORDS + "?per_page=-1").json() == {
        "errors": {"per_page": ["must be greater than 0"]}
    }
    assert client.get("/api/v1/connectors?page=x").json() == {
        "errors": {"page": ["must be an integer"]}
    }
