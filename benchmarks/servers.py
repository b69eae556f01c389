"""Servers for the benchmarks: the reference mock, and any other server command (Prism)."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from contract_tests.mock_process import free_port, running_mock, stop

ROOT = Path(__file__).resolve().parent.parent
MOCK_READY_TIMEOUT = 300.0  # 100,000 generated records load before the mock answers

__all__ = ["free_port", "mock_server", "serving"]


@contextmanager
def serving(cmd: list[str], ready_url: str, timeout: float = 120.0) -> Iterator[None]:
    """Run ``cmd`` for the duration of the block, once ``ready_url`` answers any HTTP status."""
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited with {proc.returncode} before serving")
            try:
                httpx.get(ready_url, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield
    finally:
        stop(proc)


@contextmanager
def mock_server(fixtures: Path | None = None) -> Iterator[str]:
    """The reference mock on a free port with a fresh in-memory database; yields its URL."""
    extra = ["--fixtures", str(fixtures)] if fixtures is not None else []
    with running_mock(extra_args=extra, ready_timeout=MOCK_READY_TIMEOUT) as url:
        yield url
