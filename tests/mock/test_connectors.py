"""Connectors (§1, §10.1)."""

from __future__ import annotations

import pytest

from .conftest import MEMBER, VIEWER, CheckedClient, detail

POSTGRES = {
    "name": "AWS Postgres",
    "connector_type": "source",
    "connector_name": "Postgresql",
    "configuration": {
        "credentials": {"auth_type": "username/password", "username": "u", "password": "p"},
        "host": "h",
        "port": "5432",
        "database": "d",
        "schema": "s",
    },
}


def test_no_auth_is_401(client: CheckedClient) -> None:
    for method, url in [
        ("GET", "/api/v1/connectors"),
        ("GET", "/api/v1/connectors/1"),
        ("POST", "/api/v1/connectors"),
        ("PUT", "/api/v1/connectors/1"),
        ("DELETE", "/api/v1/connectors/1"),
        ("GET", "/api/v1/connectors/1/discover"),
        ("POST", "/api/v1/connectors/1/query_source"),
    ]:
        response = client.request(method, url, token=None, workspace=None)
        assert response.status_code == 401
        assert response.json() == {
            "errors": [{"status": 401, "title": "Error", "detail": "Unauthorized"}]
        }
    assert client.get("/api/v1/connectors", token="nope").status_code == 401


@pytest.mark.parametrize("token", [MEMBER, VIEWER])
def test_list_links_and_order(client: CheckedClient, token: str) -> None:
    response = client.get("/api/v1/connectors?page=1&per_page=20", token=token)
    body = response.json()
    assert len(body["data"]) == 6
    assert body["data"][0]["type"] == "connectors"
    stamps = [c["attributes"]["updated_at"] for c in body["data"]]
    assert stamps == sorted(stamps, reverse=True)
    assert body["links"] == {
        "self": "http://www.example.com/api/v1/connectors?page=1&per_page=20",
        "first": "http://www.example.com/api/v1/connectors?page=1&per_page=20",
        "prev": None,
        "next": None,
        "last": "http://www.example.com/api/v1/connectors?page=1&per_page=20",
    }
    assert client.get("/api/v1/connectors", token=token).json()["links"]["self"].endswith("?")


def test_filters(client: CheckedClient) -> None:
    def ids(query: str) -> list[str]:
        return sorted(c["id"] for c in client.get(f"/api/v1/connectors?{query}").json()["data"])

    assert ids("type=source") == ["1", "4", "5"]
    assert ids("type=destination") == ["2", "3", "6"]
    assert ids("category=ai_ml") == ["4"]
    assert "4" not in ids("category=data")
    assert ids("type=destination&category=ai_ml") == []
    assert ids("sub_category=llm") == ["4"]
    assert ids("sub_category=database") == ["1", "2", "3", "5", "6"]  # default sub-category
    assert ids("type=destination&sub_category=llm") == []
    assert client.get("/api/v1/connectors?type=destination1").json() == {
        "errors": {"type": ["invalid type"]}
    }
    assert client.get("/api/v1/connectors?type=Source").status_code == 400
    response = client.get("/api/v1/connectors?category=all")
    assert response.status_code == 400
    assert detail(response).startswith("There was a problem with the request format: undefined")


def test_get_masks_secrets_at_any_depth(client: CheckedClient) -> None:
    body = client.get("/api/v1/connectors/1").json()["data"]
    assert body["id"] == "1"
    attrs = body["attributes"]
    assert list(attrs) == [
        "name",
        "description",
        "connector_type",
        "workspace_id",
        "created_at",
        "updated_at",
        "configuration",
        "connector_name",
        "icon",
    ]
    assert attrs["configuration"]["credentials"]["password"] == "*************"
    assert attrs["configuration"]["credentials"]["username"] == "analytics"
    assert attrs["connector_name"] == "Postgresql"
    assert attrs["icon"].endswith("/integrations/source/postgresql/icon.svg")
    slack = client.get("/api/v1/connectors/6").json()["data"]["attributes"]
    assert slack["configuration"]["api_token"] == "*************"


def test_get_errors(client: CheckedClient) -> None:
    assert client.get("/api/v1/connectors/test").json() == {
        "errors": {"id": ["must be an integer"]}
    }
    missing = client.get("/api/v1/connectors/7")  # another workspace's connector
    assert missing.status_code == 404 and detail(missing) == "Connector not found"
    bad_ws = client.get("/api/v1/connectors/1", workspace="2")
    assert bad_ws.status_code == 400
    assert detail(bad_ws) == "There was a problem with the request format: Workspace not found"
    assert client.get("/api/v1/connectors/1", workspace=None).status_code == 400
    assert client.get("/api/v1/connectors/1", workspace="abc").status_code == 400


def test_create(client: CheckedClient) -> None:
    response = client.post("/api/v1/connectors", json={"connector": POSTGRES}, token=MEMBER)
    assert response.status_code == 201
    attrs = response.json()["data"]["attributes"]
    assert attrs["name"] == "AWS Postgres" and attrs["workspace_id"] == 1
    assert attrs["configuration"]["credentials"]["password"] == "*************"
    again = client.post("/api/v1/connectors", json=POSTGRES)  # unwrapped body gets wrapped
    assert again.status_code == 422
    assert detail(again) == "A connector with the same name already exists."
    assert (
        client.post("/api/v1/connectors", json={"connector": POSTGRES}, token=VIEWER).status_code
        == 403
    )


def test_create_contract(client: CheckedClient) -> None:
    wrong = {**POSTGRES, "connector_type": "connector_type_wrong"}
    assert client.post("/api/v1/connectors", json={"connector": wrong}).json() == {
        "errors": {"connector": {"connector_type": ["invalid connector type"]}}
    }
    unknown = {**POSTGRES, "connector_name": "Nope"}
    assert client.post("/api/v1/connectors", json={"connector": unknown}).json() == {
        "errors": {
            "connector": {"[:connector_type, :connector_name]": ["invalid connector source name"]}
        }
    }
    assert client.post("/api/v1/connectors").json() == {"errors": {"connector": ["is missing"]}}
    empty = client.post("/api/v1/connectors", json={}).json()
    assert empty["errors"]["connector"]["name"] == ["is missing"]
    # contract errors win over a bad Workspace-Id
    assert client.post("/api/v1/connectors", json={}, workspace="99").json() == empty
    bad_config = {**POSTGRES, "configuration": {"host": "h"}}
    failed = client.post("/api/v1/connectors", json={"connector": bad_config})
    assert failed.status_code == 422 and detail(failed) == "Connector creation failed"


def test_update(client: CheckedClient) -> None:
    response = client.put("/api/v1/connectors/5", json={"connector": {"name": "AWS Redshift"}})
    assert response.status_code == 200
    assert response.json()["data"]["attributes"]["name"] == "AWS Redshift"
    patched = client.request("PATCH", "/api/v1/connectors/5", json={"connector": {"name": "R2"}})
    assert patched.json()["data"]["attributes"]["name"] == "R2"
    assert (
        client.put(
            "/api/v1/connectors/5", json={"connector": {"name": "x"}}, token=VIEWER
        ).status_code
        == 403
    )
    wrong = client.put(
        "/api/v1/connectors/5", json={"connector": {"connector_type": "connector_type_wrong"}}
    )
    assert wrong.status_code == 400
    empty = client.put("/api/v1/connectors/5", json={"connector": {}})
    assert empty.status_code == 422
    assert empty.json() == {"error": "param is missing or the value is empty: connector"}
    assert client.put("/api/v1/connectors/99", json={"connector": {"name": "x"}}).status_code == 404
    # Viewer asking to update a missing connector: 404 wins over 403
    assert (
        client.put(
            "/api/v1/connectors/99", json={"connector": {"name": "x"}}, token=VIEWER
        ).status_code
        == 404
    )


def test_delete_cascades(client: CheckedClient) -> None:
    assert client.delete("/api/v1/connectors/2", token=VIEWER).status_code == 403
    response = client.delete("/api/v1/connectors/2", token=MEMBER)
    assert response.status_code == 204 and response.content == b""
    assert client.get("/api/v1/connectors/2").status_code == 404
    assert client.get("/api/v1/syncs/1").status_code == 404  # sync 1 wrote to connector 2
    assert client.delete("/api/v1/connectors/test").status_code == 400


def test_discover(client: CheckedClient) -> None:
    stored = client.get("/api/v1/connectors/2/discover", token=VIEWER).json()["data"]
    assert stored["type"] == "catalogs"
    assert stored["attributes"]["connector_id"] == 2
    assert [s["name"] for s in stored["attributes"]["catalog"]["streams"]] == [
        "profile",
        "customer",
    ]
    fresh = client.get("/api/v1/connectors/5/discover").json()["data"]["attributes"]
    assert fresh["catalog"]["streams"][0]["name"] == "customers"
    assert client.get("/api/v1/connectors/2/discover?refresh=true").status_code == 200
    assert client.get("/api/v1/connectors/2/discover?refresh=maybe").status_code == 400
    assert client.get("/api/v1/connectors/test/discover").json() == {
        "errors": {"id": ["must be an integer"]}
    }


def test_query_source(client: CheckedClient) -> None:
    rows = client.post(
        "/api/v1/connectors/1/query_source", json={"query": "SELECT * FROM customers"}, token=VIEWER
    )
    assert rows.status_code == 200 and len(rows.json()["data"]) == 25
    limited = client.post(
        "/api/v1/connectors/1/query_source", json={"query": "SELECT * FROM c", "limit": 2}
    )
    assert [r["id"] for r in limited.json()["data"]] == [1, 2]
    in_query = client.post(
        "/api/v1/connectors/1/query_source", json={"query": "SELECT * FROM c LIMIT 3"}
    )
    assert len(in_query.json()["data"]) == 3
    assert client.post("/api/v1/connectors/1/query_source", json={}).json() == {
        "errors": {"query": ["is missing"]}
    }
    dest = client.post("/api/v1/connectors/2/query_source", json={"query": "SELECT 1"})
    assert dest.status_code == 422 and detail(dest) == "Connector is not a source"
    bad = client.post("/api/v1/connectors/1/query_source", json={"query": "invalid"})
    assert bad.status_code == 422


def test_query_source_ai_model_without_catalog(client: CheckedClient) -> None:
    client.app.state.mock.db.conn.execute("DELETE FROM catalogs WHERE connector_id = 4")
    response = client.post("/api/v1/connectors/4/query_source", json={"query": "SELECT 1"})
    assert response.status_code == 422
    assert detail(response) == "Catalog is not present for the connector"
    warehouse = client.post("/api/v1/connectors/5/query_source", json={"query": "SELECT 1"})
    assert warehouse.status_code == 200  # data category: no catalog needed
