"""Helpers for running `python -m contract_tests` as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIVE_VARS = (
    "AISQUARED_BASE_URL",
    "AISQUARED_API_TOKEN",
    "AISQUARED_WORKSPACE_ID",
    "AISQUARED_CONFORMANCE_WRITES",
    "AISQUARED_CONFORMANCE_WORKSPACE_ID",
    "AISQUARED_CONFORMANCE_RATE",
    "AISQUARED_CONFORMANCE_MAX_SECONDS",
)

Conformance = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def conformance(tmp_path: Path) -> Conformance:
    """Run the CLI with reports in tmp_path; `env` entries override a clean environment."""

    def run(
        *args: str, env: dict[str, str] | None = None, timeout: float = 280
    ) -> subprocess.CompletedProcess[str]:
        clean = {k: v for k, v in os.environ.items() if k not in LIVE_VARS}
        command = [sys.executable, "-m", "contract_tests", "--reports", str(tmp_path), *args]
        return subprocess.run(
            command,
            cwd=ROOT,
            env={**clean, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return run
