"""Facts about openapi.yaml the project promises: coverage and the List Sync Records contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "patch")
RECORDS_PATH = "/api/v1/syncs/{sync_id}/sync_runs/{sync_run_id}/sync_records"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return loaded


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in spec["paths"].values() for m, op in item.items() if m in METHODS]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_all_29_operations_with_unique_ids_tag_401_and_workspace_header(
    spec: dict[str, Any],
) -> None:
    ops = operations(spec)
    ids = [op["operationId"] for op in ops]

    assert len(ops) == 29
    assert len(set(ids)) == 29
    for op in ops:
        assert len(op["tags"]) == 1, op["operationId"]
        assert "401" in op["responses"], op["operationId"]
        params = [resolve(spec, p) for p in op.get("parameters", [])]
        assert any(p["name"] == "Workspace-Id" and p["in"] == "header" for p in params)


def test_version_is_semver(spec: dict[str, Any]) -> None:
    major, minor, patch = spec["info"]["version"].split(".")
    assert all(part.isdigit() for part in (major, minor, patch))


def test_list_sync_records_matches_the_server(spec: dict[str, Any]) -> None:
    op = spec["paths"][RECORDS_PATH]["get"]
    schemas = spec["components"]["schemas"]
    attributes = schemas["SyncRecordAttributes"]
    query = {resolve(spec, p)["name"]: resolve(spec, p) for p in op["parameters"]}

    assert op["operationId"] == "listSyncRecords"
    assert attributes["required"] == [
        "sync_id",
        "sync_run_id",
        "record",
        "status",
        "action",
        "logs",
        "created_at",
        "updated_at",
    ]
    assert "error" not in attributes["properties"]
    assert attributes["properties"]["logs"]["type"] == ["object", "null"]
    assert attributes["properties"]["record"] == {
        "type": "object",
        "description": attributes["properties"]["record"]["description"],
        "additionalProperties": True,
    }
    assert schemas["SyncRecordStatus"]["enum"] == ["pending", "success", "failed"]
    assert schemas["SyncRecordAction"]["enum"] == ["destination_insert", "destination_update"]
    assert {"status", "page", "per_page", "Workspace-Id"} <= set(query)
    assert set(op["responses"]) == {"200", "400", "401", "403", "404"}
    links = schemas["PaginationLinks"]
    assert links["required"] == ["self", "first", "prev", "next", "last"]
    assert all(links["properties"][k]["format"] == "uri" for k in links["required"])
    assert links["properties"]["next"]["type"] == ["string", "null"]
    assert "oldest `created_at` first" in op["description"]
    assert "Sync not found" in op["description"]
    assert "SyncRun not found" in op["description"]
