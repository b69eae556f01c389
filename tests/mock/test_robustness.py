"""Bad input, routing, faults, spec binding, fixtures, persistence and concurrency."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from aisquared_mock import create_app
from aisquared_mock.fixtures import FixtureError
from aisquared_mock.routing import SpecBindingError

from .conftest import ADMIN, SPEC, CheckedClient, make_client

AUTH = {"Authorization": f"Bearer {ADMIN}", "Workspace-Id": "1"}


def test_unknown_routes_and_methods(client: CheckedClient) -> None:
    for method, url in [("GET", "/api/v1/nothing"), ("POST", "/api/v1/syncs/1"), ("GET", "/")]:
        response = client.request(method, url)
        assert response.status_code == 404
        assert response.json() == {"status": 404, "error": "Not Found"}
    literal = client.get("/api/v1/syncs/configurations")
    assert "data" in literal.json() and "configurations" in literal.json()["data"]


def test_bad_bodies(client: CheckedClient) -> None:
    malformed = client.post(
        "/api/v1/syncs", content=b'{"sync": ', headers={"Content-Type": "application/json"}
    )
    assert malformed.json() == {"status": 400, "error": "Bad Request"}
    invalid_utf8 = client.post(
        "/api/v1/syncs", content=b'{"sync": "\xff"}', headers={"Content-Type": "application/json"}
    )
    assert invalid_utf8.status_code == 400
    text = client.post("/api/v1/syncs", content=b"hello", headers={"Content-Type": "text/plain"})
    assert text.json() == {"errors": {"sync": ["is missing"]}}
    big = client.post(
        "/api/v1/syncs",
        content=b"{" + b" " * (1024 * 1024 + 1) + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert big.json() == {"status": 413, "error": "Payload Too Large"}
    array = client.post("/api/v1/syncs", json=[1, 2])
    assert array.status_code == 400
    assert client.get("/api/v1/syncs/99999999999999999999999").status_code == 400  # > int64
    assert client.get("/api/v1/syncs?page=2147483648").json() == {
        "errors": {"page": ["must be less than or equal to 2147483647"]}
    }
    assert client.get("/api/v1/syncs?unknown=1").status_code == 200


def test_unexpected_errors_become_envelope_b(client: CheckedClient) -> None:
    client.app.state.mock.db.conn.execute("DELETE FROM catalogs WHERE connector_id = 4")
    response = client.get("/api/v1/models/3")  # ai_ml model whose connector lost its catalog
    assert response.status_code == 400
    assert response.json()["errors"][0]["title"] == "Bad Request"


@pytest.mark.parametrize(
    ("fault", "url", "check"),
    [
        (
            "rename-attribute",
            "/api/v1/syncs/1/sync_runs/1/sync_records",
            lambda b: "state" in b["data"][0]["attributes"],
        ),
        ("drop-links-key", "/api/v1/syncs", lambda b: "last" not in b["links"]),
    ],
)
def test_faults(demo_db: Path, fault: str, url: str, check: Any) -> None:
    from starlette.testclient import TestClient

    http = TestClient(
        create_app(db=str(demo_db), faults=[fault]), base_url="http://www.example.com"
    )
    assert check(http.get(url, headers=AUTH).json())


def test_fault_500_on_page(demo_db: Path) -> None:
    from starlette.testclient import TestClient

    http = TestClient(create_app(db=str(demo_db), faults=["500-on-page"]), base_url="http://x")
    assert http.get("/api/v1/syncs?page=2", headers=AUTH).json() == {
        "status": 500,
        "error": "Internal Server Error",
    }
    assert http.get("/api/v1/syncs?page=1", headers=AUTH).status_code == 200
    with pytest.raises(ValueError, match="unknown fault"):
        create_app(faults=["nope"])


def test_refuses_handler_operation_mismatch(tmp_path: Path) -> None:
    spec = SPEC.read_text(encoding="utf-8").replace(
        "operationId: listSyncRecords", "operationId: listSyncRecordz"
    )
    bad = tmp_path / "openapi.yaml"
    bad.write_text(spec, encoding="utf-8")
    with pytest.raises(SpecBindingError) as info:
        create_app(spec=bad)
    assert "listSyncRecordz" in str(info.value) and "listSyncRecords" in str(info.value)


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "fixtures.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


SMALL: dict[str, Any] = {
    "workspaces": [{"id": 1, "name": "W"}],
    "users": [
        {
            "id": 1,
            "email": "a@x",
            "tokens": ["t"],
            "memberships": [{"workspace_id": 1, "role": "Admin"}],
        }
    ],
    "connectors": [
        {
            "id": 1,
            "workspace_id": 1,
            "name": "pg",
            "connector_type": "source",
            "connector_name": "Postgresql",
            "configuration": {"host": "h"},
        },
        {
            "id": 2,
            "workspace_id": 1,
            "name": "kl",
            "connector_type": "destination",
            "connector_name": "Klaviyo",
            "configuration": {},
            "catalog": "discover",
        },
    ],
    "models": [
        {"id": 1, "connector_id": 1, "name": "m", "query_type": "raw_sql", "query": "SELECT 1"}
    ],
    "syncs": [
        {
            "id": 1,
            "source_id": 1,
            "destination_id": 2,
            "model_id": 1,
            "schedule_type": "manual",
            "stream_name": "profile",
            "configuration": {"a": "b"},
        },
        {
            "id": 2,
            "source_id": 1,
            "destination_id": 2,
            "model_id": 1,
            "schedule_type": "manual",
            "stream_name": "profile",
            "configuration": {"a": "b"},
        },
        {
            "id": 3,
            "source_id": 1,
            "destination_id": 2,
            "model_id": 99,
            "schedule_type": "manual",
            "stream_name": "profile",
            "configuration": {"a": "b"},
        },
    ],
}


def test_fixture_errors_name_the_path(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite3"
    with pytest.raises(
        FixtureError, match=r"^fixtures\.yaml: syncs\[2\]\.model_id: 99 is not a known model id$"
    ):
        create_app(db=str(db), fixtures=_write(tmp_path, SMALL))
    assert not db.exists()  # nothing written
    wrong_type = {**SMALL, "syncs": [{**SMALL["syncs"][0], "schedule_type": "hourly"}]}
    with pytest.raises(FixtureError, match=r"syncs\[0\]\.schedule_type: 'hourly' is not one of"):
        create_app(fixtures=_write(tmp_path, wrong_type))
    with pytest.raises(FixtureError, match="not valid YAML"):
        path = tmp_path / "broken.yaml"
        path.write_text("a: [", encoding="utf-8")
        create_app(fixtures=path)


def test_fixture_file_loads(tmp_path: Path, spec_schema: Any) -> None:
    good = {**SMALL, "syncs": SMALL["syncs"][:2]}
    client = make_client(spec_schema, fixtures=_write(tmp_path, good))
    body = client.get("/api/v1/syncs", token="t").json()
    assert len(body["data"]) == 2


def test_file_db_persists_across_restarts(tmp_path: Path, spec_schema: Any) -> None:
    db = str(tmp_path / "state.sqlite3")
    first = make_client(spec_schema, db=db)
    created = first.post(
        "/api/v1/models",
        json={
            "model": {
                "connector_id": 1,
                "name": "kept",
                "query": "SELECT 1",
                "query_type": "raw_sql",
                "primary_key": "id",
            }
        },
    )
    model_id = created.json()["data"]["id"]
    first.app.state.mock.db.close()
    second = make_client(spec_schema, db=db)
    assert second.get(f"/api/v1/models/{model_id}").json()["data"]["attributes"]["name"] == "kept"
    assert (
        second.app.state.mock.db.scalar("SELECT COUNT(*) FROM sync_records WHERE sync_run_id = 1")
        == 10000
    )


def test_fifty_concurrent_writers_lose_nothing(app: Any) -> None:
    async def run() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://x", headers=AUTH
        ) as http:

            async def create(i: int) -> int:
                body = {
                    "model": {
                        "connector_id": 1,
                        "name": f"m{i}",
                        "query": "SELECT 1",
                        "query_type": "raw_sql",
                        "primary_key": "id",
                    }
                }
                return (await http.post("/api/v1/models", json=body)).status_code

            return await asyncio.gather(*(create(i) for i in range(50)))

    assert asyncio.run(run()) == [201] * 50
    assert app.state.mock.db.scalar("SELECT COUNT(*) FROM models WHERE name LIKE 'm%'") == 50
