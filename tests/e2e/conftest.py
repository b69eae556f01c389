"""The generated client against a running mock: one mock per session, sync and async calls."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx
import pytest
from ai_squared_client import AuthenticatedClient
from ai_squared_client.types import Response

from contract_tests.mock_process import running_mock

ADMIN, VIEWER, OTHER = "demo-admin-token", "demo-viewer-token", "demo-other-admin-token"
WORKSPACE = 1
_names = itertools.count(1)


def unique(prefix: str) -> str:
    """A name no other test uses (the mock is shared by the whole session)."""
    return f"e2e {prefix} {next(_names)}"


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    with running_mock(extra_args=["--run-step-seconds", "0.05"]) as url:
        yield url


@dataclass
class Api:
    """Calls an endpoint module's `sync_detailed` or `asyncio_detailed` with a fresh client."""

    base_url: str
    mode: str
    token: str = ADMIN

    def client(self) -> AuthenticatedClient:
        return AuthenticatedClient(
            base_url=self.base_url, token=self.token, timeout=httpx.Timeout(30.0)
        )

    def call(self, endpoint: ModuleType, **kwargs: Any) -> Response[Any]:
        kwargs.setdefault("workspace_id", WORKSPACE)
        if self.mode == "sync":
            with self.client() as client:
                response: Response[Any] = endpoint.sync_detailed(client=client, **kwargs)
                return response
        return asyncio.run(self._acall(endpoint, kwargs))

    async def _acall(self, endpoint: ModuleType, kwargs: dict[str, Any]) -> Response[Any]:
        async with self.client() as client:
            response: Response[Any] = await endpoint.asyncio_detailed(client=client, **kwargs)
            return response

    def as_user(self, token: str) -> Api:
        return Api(self.base_url, self.mode, token)


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, base_url: str) -> Api:
    return Api(base_url, request.param)
