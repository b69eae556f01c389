"""Live writes touch only what the run creates, and clean it up."""

from __future__ import annotations

from types import SimpleNamespace

import httpx

from contract_tests import st_hooks
from contract_tests.mock_process import running_mock

from .conftest import Conformance

HEADERS = {"Authorization": "Bearer demo-admin-token", "Workspace-Id": "1"}
LISTS = ("connectors", "models", "syncs", "syncs/1/sync_runs")


def inventory(url: str) -> dict[str, list[str]]:
    """Ids listed in workspace 1, per list."""
    found = {}
    for name in LISTS:
        body = httpx.get(f"{url}/api/v1/{name}?per_page=1000", headers=HEADERS).json()
        found[name] = sorted(item["id"] for item in body["data"])
    return found


def test_live_writes_leave_existing_records_alone(conformance: Conformance) -> None:
    with running_mock([]) as url:
        before = inventory(url)
        env = {
            "AISQUARED_BASE_URL": url,
            "AISQUARED_API_TOKEN": "demo-admin-token",
            "AISQUARED_WORKSPACE_ID": "1",
            "AISQUARED_CONFORMANCE_WRITES": "1",
            "AISQUARED_CONFORMANCE_WORKSPACE_ID": "1",
            "AISQUARED_CONFORMANCE_RATE": "500",
            "AISQUARED_CONFORMANCE_MAX_SECONDS": "200",
        }
        result = conformance("--max-examples", "6", env=env)
        after = inventory(url)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert ", 0 left" in output
    assert after == before
    check_connection = [line for line in output.splitlines() if line.startswith("checkConnection")]
    assert check_connection and check_connection[0].split()[1] == "0"  # never sent


def case(operation_id: str, path: dict[str, object], body: object = None) -> SimpleNamespace:
    return SimpleNamespace(path_parameters=path, body=body, operation_id=operation_id)


def test_guard_redirects_writes_that_name_protected_records() -> None:
    protected = {"connectors": {1, 2}, "models": set(), "syncs": {1, 7}}
    existing, created, invalid = (
        case("deleteSync", {"id": 1}),
        case("deleteSync", {"id": 41}),
        case("deleteSync", {"id": "abc"}),
    )
    trigger = case("triggerSync", {}, {"schedule_sync": {"sync_id": "7"}})
    catalog = case("createCatalog", {}, {"connector_id": 2, "catalog": {}})

    for c in (existing, created, invalid, trigger, catalog):
        st_hooks.guard_target(c.operation_id, c, protected)

    assert existing.path_parameters == {"id": st_hooks.UNREACHABLE_ID}
    assert created.path_parameters == {"id": 41}  # not listed before the run
    assert invalid.path_parameters == {"id": "abc"}  # refused by the contract anyway
    assert trigger.body == {"schedule_sync": {"sync_id": st_hooks.UNREACHABLE_ID}}
    assert catalog.body["connector_id"] == st_hooks.UNREACHABLE_ID


def test_reads_are_not_guarded() -> None:
    read = case("getSync", {"id": 1})

    st_hooks.guard_target("getSync", read, {"syncs": {1}})

    assert read.path_parameters == {"id": 1}


def test_live_discovery_never_asks_for_a_refresh() -> None:
    refresh = SimpleNamespace(query={"refresh": True})
    text = SimpleNamespace(query={"refresh": "true"})
    invalid = SimpleNamespace(query={"refresh": "maybe"})
    other = SimpleNamespace(query={"refresh": True})

    for c in (refresh, text, invalid):
        st_hooks.keep_discovery_read_only("discoverConnector", c)
    st_hooks.keep_discovery_read_only("listConnectors", other)

    assert refresh.query == {"refresh": "false"}
    assert text.query == {"refresh": "false"}
    assert invalid.query == {"refresh": "maybe"}
    assert other.query == {"refresh": True}


def test_only_the_ai_ml_serialization_quirk_is_recognised() -> None:
    quirk = {
        "errors": [
            {
                "status": 400,
                "title": "Bad Request",
                "detail": "There was a problem with the request format: "
                "undefined method 'catalog' for nil",
            }
        ]
    }
    other = {"errors": [{"status": 400, "title": "Bad Request", "detail": "Workspace not found"}]}

    assert st_hooks.is_ai_ml_without_catalog(400, quirk)
    assert not st_hooks.is_ai_ml_without_catalog(400, other)
    assert not st_hooks.is_ai_ml_without_catalog(422, quirk)
    assert not st_hooks.is_ai_ml_without_catalog(400, {"errors": {"page": ["must be an integer"]}})
