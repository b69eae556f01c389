"""scripts/generate.py: the drift check passes on a current tree and fails on a stale one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "generate.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_check_passes_on_committed_tree() -> None:
    result = run("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_fails_after_a_spec_edit_and_lists_the_files(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    attributes = spec["components"]["schemas"]["SyncRecordAttributes"]
    attributes["properties"]["fingerprint"] = {"type": "string"}
    edited = tmp_path / "openapi.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    result = run("check", "--spec", str(edited))

    assert result.returncode == 1
    assert "ai_squared_client/models/sync_record_attributes.py (content differs)" in result.stdout


def test_generate_writes_a_complete_package_then_check_agrees(tmp_path: Path) -> None:
    target = tmp_path / "generated"
    assert run("generate", "--target", str(target)).returncode == 0
    package = target / "ai_squared_client"
    assert (package / "api" / "sync_records" / "list_sync_records.py").is_file()
    assert "ai-squared-client" in (target / "pyproject.toml").read_text(encoding="utf-8")
    (package / "client.py").write_text("# edited by hand\n", encoding="utf-8")

    result = run("check", "--target", str(target))

    assert result.returncode == 1
    assert "ai_squared_client/client.py (content differs)" in result.stdout
