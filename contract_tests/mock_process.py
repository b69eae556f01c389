"""Run the reference mock (`python -m aisquared_mock`) as a subprocess on a free port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

from .config import ROOT, ConfigError

READY_TIMEOUT = 30.0


def free_port() -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_ready(base_url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    """Poll until the server answers any HTTP response; fail if it exits or never answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ConfigError(f"the mock exited with code {process.returncode} before it was ready")
        try:
            httpx.get(f"{base_url}/api/v1/connector_definitions", timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise ConfigError(f"the mock did not answer on {base_url} within {timeout:.0f} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate the process, killing it if it does not stop within 5 s."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def running_mock(
    faults: Sequence[str] = (),
    log_path: Path | None = None,
    extra_args: Sequence[str] = (),
    ready_timeout: float = READY_TIMEOUT,
) -> Iterator[str]:
    """Start the mock with a fresh in-memory database and demo data; yield its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "aisquared_mock", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--db", ":memory:", *extra_args]
    for fault in faults:
        command += ["--fault", fault]
    base_url = f"http://127.0.0.1:{port}"
    if log_path is not None:
        log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path or Path("/dev/null"), "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until_ready(base_url, process, ready_timeout)
            yield base_url
        finally:
            stop(process)
