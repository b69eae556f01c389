"""Models (§3, §10.3)."""

from __future__ import annotations

from .conftest import MEMBER, VIEWER, CheckedClient, detail

RAW_SQL = {
    "connector_id": 1,
    "name": "Locations",
    "query": "SELECT * FROM locations",
    "query_type": "raw_sql",
    "primary_key": "id",
}


def test_list(client: CheckedClient) -> None:
    body = client.get("/api/v1/models?page=1&per_page=20", token=VIEWER).json()
    assert len(body["data"]) == 5 and body["data"][0]["type"] == "models"
    assert body["links"]["first"] == "http://www.example.com/api/v1/models?page=1&per_page=20"

    def ids(query: str) -> list[str]:
        return sorted(m["id"] for m in client.get(f"/api/v1/models?{query}").json()["data"])

    assert ids("query_type=data") == []
    assert ids("query_type=") == []
    assert ids("query_type=dynamic_sql,ai_ml") == ["3", "5"]
    assert ids("query_type=ai_ml") == ["3"]
    assert client.get("/api/v1/models?page=oi").json() == {
        "errors": {"page": ["must be an integer"]}
    }


def test_empty_list_links(client: CheckedClient) -> None:
    body = client.get("/api/v1/models", token="demo-other-admin-token", workspace="2").json()
    assert len(body["data"]) == 1
    conn = client.app.state.mock.db.conn
    conn.execute("DELETE FROM models WHERE workspace_id = 2")
    body = client.get("/api/v1/models", token="demo-other-admin-token", workspace="2").json()
    assert body["data"] == []
    assert body["links"]["last"] == "http://www.example.com/api/v1/models?page=1&per_page=10"
    assert body["links"]["prev"] is None and body["links"]["next"] is None


def test_get(client: CheckedClient) -> None:
    attrs = client.get("/api/v1/models/1", token=VIEWER).json()["data"]["attributes"]
    assert attrs["query"] == "SELECT * FROM customers" and attrs["primary_key"] == "id"
    assert attrs["connector"]["id"] == 1
    assert attrs["connector"]["configuration"]["credentials"]["password"] == "*************"
    ai = client.get("/api/v1/models/3").json()["data"]["attributes"]["configuration"]
    assert ai["harvesters"] == [] and "input" in ai["json_schema"]
    assert client.get("/api/v1/models/test").status_code == 400
    missing = client.get("/api/v1/models/99")
    assert missing.status_code == 404
    assert missing.json()["error"].startswith("Couldn't find Model with 'id'=99")
    assert client.get("/api/v1/models/6").status_code == 404  # other workspace


def test_create(client: CheckedClient) -> None:
    response = client.post("/api/v1/models", json={"model": RAW_SQL}, token=MEMBER)
    assert response.status_code == 201
    attrs = response.json()["data"]["attributes"]
    assert (attrs["name"], attrs["query_type"], attrs["primary_key"]) == (
        "Locations",
        "raw_sql",
        "id",
    )
    selector = {**RAW_SQL, "query_type": "table_selector"}
    assert (
        client.post("/api/v1/models", json={"model": selector}).json()["data"]["attributes"][
            "query_type"
        ]
        == "table_selector"
    )
    ai = {
        "connector_id": 4,
        "name": "AI",
        "query_type": "ai_ml",
        "primary_key": "id",
        "configuration": {"harvesters": []},
    }
    ai_attrs = client.post("/api/v1/models", json={"model": ai}).json()["data"]["attributes"]
    assert ai_attrs["configuration"]["harvesters"] == []
    dynamic = {
        **RAW_SQL,
        "query_type": "dynamic_sql",
        "configuration": {"harvesters": [], "json_schema": {"a": 1}},
    }
    assert client.post("/api/v1/models", json={"model": dynamic}).json()["data"]["attributes"][
        "configuration"
    ] == {
        "harvesters": [],
        "json_schema": {"a": 1},
    }
    assert client.post("/api/v1/models", json={"model": RAW_SQL}, token=VIEWER).status_code == 403


def test_create_errors(client: CheckedClient) -> None:
    wrong = {**RAW_SQL, "connector_id": "connector_id_wrong"}
    assert client.post("/api/v1/models", json={"model": wrong}).json() == {
        "errors": {"model": {"connector_id": ["must be an integer"]}}
    }
    limit = {**RAW_SQL, "query": "SELECT * FROM t\nLIMIT 10;"}
    assert client.post("/api/v1/models", json={"model": limit}).json() == {
        "errors": {
            "model": {"query": ["Query validation failed: Query cannot contain LIMIT or OFFSET"]}
        }
    }
    no_pk = {k: v for k, v in RAW_SQL.items() if k != "primary_key"}
    assert client.post("/api/v1/models", json={"model": no_pk}).json()["errors"]["model"][
        "primary_key"
    ] == ["Primary key is required"]
    bad_type = {**RAW_SQL, "query_type": "RAW_SQL"}
    assert client.post("/api/v1/models", json={"model": bad_type}).json()["errors"]["model"][
        "query_type"
    ] == ["invalid query type"]
    other = client.post("/api/v1/models", json={"model": {**RAW_SQL, "connector_id": 7}})
    assert other.status_code == 404 and other.json()["error"].startswith(
        "Couldn't find Connector with 'id'=7"
    )
    client.app.state.mock.db.conn.execute("DELETE FROM catalogs WHERE connector_id = 4")
    ai = {
        "connector_id": 4,
        "name": "AI",
        "query_type": "ai_ml",
        "primary_key": "id",
        "configuration": {"harvesters": []},
    }
    response = client.post("/api/v1/models", json={"model": ai}, token=MEMBER)
    assert (
        response.status_code == 422
        and detail(response) == "Catalog is not present for the connector"
    )


def test_update(client: CheckedClient) -> None:
    response = client.put(
        "/api/v1/models/2", json={"model": {**RAW_SQL, "name": "Renamed"}}, token=MEMBER
    )
    assert response.status_code == 200 and response.json()["data"]["id"] == "2"
    assert response.json()["data"]["attributes"]["name"] == "Renamed"
    to_ai = client.put(
        "/api/v1/models/2",
        json={"model": {"query_type": "ai_ml", "configuration": {"harvesters": []}}},
    )
    assert to_ai.json()["data"]["attributes"]["configuration"] == {
        "harvesters": [],
        "json_schema": {},
    }
    assert (
        client.put("/api/v1/models/1", json={"model": {"name": "x"}}, token=VIEWER).status_code
        == 403
    )
    assert client.put("/api/v1/models/test", json={"model": {"name": "x"}}).status_code == 400
    assert (
        client.put(
            "/api/v1/models/1", json={"model": {"connector_id": "connector_id_wrong"}}
        ).status_code
        == 400
    )
    assert client.put("/api/v1/models/1", json={"model": {}}).json() == {
        "error": "param is missing or the value is empty: model"
    }
    assert client.put("/api/v1/models/99", json={"model": {"name": "x"}}).status_code == 404


def test_delete(client: CheckedClient) -> None:
    assert client.delete("/api/v1/models/1", token=VIEWER).status_code == 403
    assert client.delete("/api/v1/models/1", token=MEMBER).status_code == 204
    assert client.get("/api/v1/syncs/1").status_code == 404  # its syncs went with it
    assert client.delete("/api/v1/models/99").status_code == 404
