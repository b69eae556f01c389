"""Catalogs (§7, §10.8) and connector definitions (§2, §10.2)."""

from __future__ import annotations

from .conftest import MEMBER, VIEWER, CheckedClient

SCHEMA = {"input": [{"name": "q", "type": "string"}], "output": [{"name": "a", "type": "string"}]}


def test_create_catalog(client: CheckedClient) -> None:
    response = client.post(
        "/api/v1/catalogs",
        json={"connector_id": 6, "catalog": {"json_schema": SCHEMA}},
        token=MEMBER,
    )
    assert response.status_code == 201
    attrs = response.json()["data"]["attributes"]
    assert attrs["connector_id"] == 6 and attrs["workspace_id"] == 1
    assert attrs["catalog"]["streams"][0]["name"] == "Team Slack"
    assert attrs["catalog"]["streams"][0]["json_schema"] == SCHEMA
    assert len(attrs["catalog_hash"]) == 40
    body = {"connector_id": 6, "catalog": {"json_schema": SCHEMA}}
    assert client.post("/api/v1/catalogs", json=body, token=VIEWER).status_code == 403
    assert client.post("/api/v1/catalogs", json={"connector_id": 6, "catalog": {}}).json() == {
        "errors": {"catalog": {"json_schema": ["is missing"]}}
    }
    assert (
        client.post(
            "/api/v1/catalogs", json={"connector_id": 7, "catalog": {"json_schema": SCHEMA}}
        ).status_code
        == 404
    )


def test_update_catalog_answers_201(client: CheckedClient) -> None:
    body = {"connector_id": 2, "catalog": {"json_schema": SCHEMA}}
    response = client.put("/api/v1/catalogs/1", json=body, token=MEMBER)
    assert response.status_code == 201
    assert response.json()["data"]["attributes"]["catalog"]["streams"][0]["json_schema"] == SCHEMA
    assert client.put("/api/v1/catalogs/1", json=body, token=VIEWER).status_code == 403
    no_catalog = client.put(
        "/api/v1/catalogs/1", json={"connector_id": 6, "catalog": {"json_schema": SCHEMA}}
    )
    assert no_catalog.status_code == 400
    assert client.put("/api/v1/catalogs/abc", json=body).status_code == 400


def test_list_definitions(client: CheckedClient) -> None:
    body = client.get("/api/v1/connector_definitions", token=VIEWER).json()
    assert len(body["source"]) == 29 and len(body["destination"]) == 26
    ai = client.get("/api/v1/connector_definitions?type=source&category=ai_ml").json()
    assert isinstance(ai, list) and {d["category"] for d in ai} == {"AI Model"}
    both = client.get("/api/v1/connector_definitions?category=ai_ml").json()
    assert both["destination"] == [] and {d["category"] for d in both["source"]} == {"AI Model"}
    assert client.get("/api/v1/connector_definitions?type=destination&category=ai_ml").json() == {
        "data": []
    }
    assert client.get("/api/v1/connector_definitions?type=Source").json() == {
        "errors": {"type": ["invalid connector type"]}
    }


def test_show_definition(client: CheckedClient) -> None:
    snowflake = client.get(
        "/api/v1/connector_definitions/Snowflake?type=source", token=MEMBER
    ).json()
    assert snowflake["name"] == "Snowflake" and snowflake["connector_type"] == "source"
    assert (
        client.get("/api/v1/connector_definitions/postgresql?type=source").json()["name"]
        == "Postgresql"
    )
    assert client.get("/api/v1/connector_definitions/Unknown?type=source").json() == {"data": []}
    assert client.get("/api/v1/connector_definitions/Snowflake").json() == {
        "errors": {"type": ["is missing"]}
    }


def test_check_connection(client: CheckedClient) -> None:
    good = {
        "type": "source",
        "name": "Postgresql",
        "connection_spec": {"host": "h", "port": "1", "database": "d", "schema": "s"},
    }
    result = client.post(
        "/api/v1/connector_definitions/check_connection", json=good, token=MEMBER
    ).json()
    assert result == {"type": "connection_status", "connection_status": {"status": "succeeded"}}
    form = client.post(
        "/api/v1/connector_definitions/check_connection",
        content=b"type=source&name=Snowflake&connection_spec[test]=test",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert form.status_code == 200 and form.json()["connection_status"]["status"] == "failed"
    assert (
        client.post(
            "/api/v1/connector_definitions/check_connection", json=good, token=VIEWER
        ).status_code
        == 403
    )
    bad = client.post(
        "/api/v1/connector_definitions/check_connection", json={**good, "name": "Nope"}
    )
    assert bad.json() == {"errors": {"name": ["invalid connector source name"]}}
