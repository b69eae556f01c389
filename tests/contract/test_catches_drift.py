"""The suite notices drift (exit 1, operation named) and tells setup problems apart (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_tests.mock_process import free_port, running_mock

from .conftest import Conformance

DRIFT = [
    ("rename-attribute", "listSyncRecords"),
    ("drop-links-key", "listSyncs"),
    ("500-on-page", "listSyncRecords"),
]
FAST = ("--profile", "ci", "--max-examples", "8")


@pytest.mark.parametrize(("fault", "operation"), DRIFT)
def test_fault_in_the_mock_fails_the_run(
    conformance: Conformance, fault: str, operation: str
) -> None:
    result = conformance(*FAST, "--mock-fault", fault, "--operation", operation)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output[-4000:]
    assert "DEVIATES" in output
    failing = [line for line in output.splitlines() if line.startswith(operation)]
    assert failing and " 0  " not in failing[0], output[-4000:]


def test_live_mode_is_read_only_and_catches_drift(conformance: Conformance, tmp_path: Path) -> None:
    """Live profile against a drifted mock: exit 1, and only GET requests were sent."""
    with running_mock(["drop-links-key"]) as url:
        env = {
            "AISQUARED_BASE_URL": url,
            "AISQUARED_API_TOKEN": "demo-admin-token",
            "AISQUARED_WORKSPACE_ID": "1",
            "AISQUARED_CONFORMANCE_RATE": "200",
            "AISQUARED_CONFORMANCE_MAX_SECONDS": "120",
        }
        result = conformance("--max-examples", "5", "--operation", "listModels", env=env)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output[-4000:]
    assert "listModels" in output
    assert "demo-admin-token" not in output
    methods = set()
    for line in (tmp_path / "events.ndjson").read_text().splitlines():
        methods.update(_request_methods(json.loads(line)))
    assert methods == {"GET"}


def _request_methods(event: object) -> set[str]:
    found: set[str] = set()
    if isinstance(event, dict):
        request = event.get("request")
        if isinstance(request, dict) and isinstance(request.get("method"), str):
            found.add(request["method"])
        for value in event.values():
            found |= _request_methods(value)
    elif isinstance(event, list):
        for value in event:
            found |= _request_methods(value)
    return found


def test_base_url_without_token_is_a_configuration_error(conformance: Conformance) -> None:
    result = conformance(env={"AISQUARED_BASE_URL": "https://api.example.invalid"})
    assert result.returncode == 2
    assert "AISQUARED_API_TOKEN" in result.stderr


def test_unreachable_base_url_is_a_connectivity_error(conformance: Conformance) -> None:
    env = {
        "AISQUARED_BASE_URL": f"http://127.0.0.1:{free_port()}",
        "AISQUARED_API_TOKEN": "secret-token-value",
        "AISQUARED_WORKSPACE_ID": "1",
    }
    result = conformance(env=env)
    assert result.returncode == 2
    assert "cannot reach" in result.stderr
    assert "secret-token-value" not in result.stdout + result.stderr


def test_rejected_token_is_a_configuration_error(conformance: Conformance) -> None:
    with running_mock() as url:
        env = {
            "AISQUARED_BASE_URL": url,
            "AISQUARED_API_TOKEN": "not-a-demo-token",
            "AISQUARED_WORKSPACE_ID": "1",
        }
        result = conformance(env=env)
    assert result.returncode == 2
    assert "401" in result.stderr
    assert "not-a-demo-token" not in result.stdout + result.stderr
