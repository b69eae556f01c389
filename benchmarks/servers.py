"""Start a server subprocess for a benchmark and wait until it answers."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


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
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def mock_server(fixtures: Path | None = None) -> Iterator[str]:
    """The reference mock on a free port with a fresh in-memory database; yields its URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "aisquared_mock", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--db", ":memory:"]
    if fixtures is not None:
        cmd += ["--fixtures", str(fixtures)]
    url = f"http://127.0.0.1:{port}"
    with serving(cmd, url + "/api/v1/syncs"):
        yield url
