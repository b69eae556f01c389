"""Fixtures: the mock server (a subprocess on a free port for sync clients, in-process ASGI for
async ones) and clients whose sleeps are recorded instead of slept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from ai_squared_client import AISquared, AsyncAISquared

from contract_tests.mock_process import running_mock

ROOT = Path(__file__).resolve().parents[2]
ADMIN = "demo-admin-token"
BASE = "https://api.test"


@pytest.fixture(scope="session")
def mock_url() -> Iterator[str]:
    """Base URL of a mock server started for this test session."""
    with running_mock() as url:
        yield url


@pytest.fixture(scope="session")
def asgi_app() -> object:
    """The mock as an in-process ASGI app (shared: tests only read from it)."""
    from aisquared_mock import create_app

    return create_app()


class SleepRecorder:
    """Stands in for time.sleep / asyncio.sleep: records each delay, sleeps none."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def sdk(mock_url: str) -> Iterator[AISquared]:
    """A sync client on the mock subprocess, admin token, workspace 1."""
    with AISquared(ADMIN, workspace_id=1, base_url=mock_url) as client:
        yield client


def async_sdk(app: object, **kwargs: object) -> AsyncAISquared:
    """An async client on the in-process mock."""
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    options: dict[str, object] = {"workspace_id": 1, "base_url": "http://testserver", **kwargs}
    return AsyncAISquared(ADMIN, httpx_args={"transport": transport}, **options)  # type: ignore[arg-type]


@pytest.fixture
def fake(sleeps: SleepRecorder) -> Iterator[AISquared]:
    """A sync client for respx-mocked tests on BASE; sleeps are recorded."""
    with AISquared("secret-token-123", workspace_id=7, base_url=BASE, sleep=sleeps) as client:
        yield client
