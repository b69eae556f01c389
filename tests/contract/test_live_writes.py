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


def test_guard_redirects_writes_to_records_the_run_did_not_create() -> None:
    st_hooks.CREATED["syncs"].clear()
    st_hooks.remember_created("POST", 201, {"data": {"id": "41", "type": "syncs"}})
    own, foreign, invalid = (
        case("deleteSync", {"id": 41}),
        case("deleteSync", {"id": 1}),
        case("deleteSync", {"id": "abc"}),
    )
    trigger = case("triggerSync", {}, {"schedule_sync": {"sync_id": "7"}})

    for c in (own, foreign, invalid, trigger):
        st_hooks.guard_target(c.operation_id, c)

    assert own.path_parameters == {"id": 41}
    assert foreign.path_parameters == {"id": st_hooks.UNREACHABLE_ID}
    assert invalid.path_parameters == {"id": "abc"}  # refused by the contract anyway
    assert trigger.body == {"schedule_sync": {"sync_id": st_hooks.UNREACHABLE_ID}}


def test_reads_and_unrelated_responses_are_not_guarded() -> None:
    read = case("getSync", {"id": 1})
    st_hooks.guard_target("getSync", read)
    st_hooks.remember_created("GET", 200, {"data": {"id": "9", "type": "syncs"}})
    st_hooks.remember_created("POST", 422, {"errors": []})

    assert read.path_parameters == {"id": 1}
    assert 9 not in st_hooks.CREATED["syncs"]
