"""The CI profile of the contract suite against the embedded mock: it must conform."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from contract_tests import operations

from .conftest import Conformance


def test_mock_conforms_to_the_spec(conformance: Conformance, tmp_path: Path) -> None:
    result = conformance("--profile", "ci")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    summary = output[output.index("operation  ") :]
    for op in operations.load():
        assert op.operation_id in summary, f"{op.operation_id} missing from the summary"
    assert "CONFORMS" in output
    junit = ElementTree.parse(tmp_path / "junit.xml").getroot()
    assert junit.get("failures") == "0"
    report = (tmp_path / "conformance.md").read_text()
    assert "Verdict: **CONFORMS**" in report
    assert "demo-admin-token" not in output + report
