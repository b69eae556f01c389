"""The token appears in no repr, error message or log line of the convenience layer."""

from __future__ import annotations

import logging
import pickle

import httpx
import pytest
import respx
from ai_squared_client import AISquared, ApiError, AsyncAISquared
from ai_squared_client.api.syncs import delete_sync, get_sync

from .conftest import BASE

TOKEN = "eyJhbGciOiJIUzI1NiJ9.very-secret"


def test_client_reprs_hide_the_token() -> None:
    for cls in (AISquared, AsyncAISquared):
        client = cls(TOKEN, workspace_id=1, base_url=BASE)
        client.client.get_httpx_client()
        text = repr(client) + str(client) + repr(client.client) + repr(client.with_options())
        assert TOKEN not in text
        assert BASE in text


@pytest.mark.parametrize("status", [401, 404, 429, 500])
def test_errors_hide_the_token(status: int, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = AISquared(TOKEN, workspace_id=1, base_url=BASE, sleep=lambda _: None)
    with respx.mock as router:
        router.get(f"{BASE}/api/v1/syncs/1").mock(
            return_value=httpx.Response(status, headers={"Retry-After": "0"}, text="nope")
        )
        with pytest.raises(ApiError) as info:
            get_sync.call(1, client=client)
    error = info.value
    shown = str(error) + repr(error) + repr(error.details) + repr(error.args) + caplog.text
    assert TOKEN not in shown
    assert "Authorization" not in shown
    assert TOKEN not in str(pickle.loads(pickle.dumps(error.args)))


def test_connection_errors_hide_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = AISquared(TOKEN, workspace_id=1, base_url=BASE, sleep=lambda _: None)
    with respx.mock as router:
        router.delete(f"{BASE}/api/v1/syncs/1").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(ApiError) as info:
            delete_sync.call(1, client=client)
    assert TOKEN not in str(info.value) + repr(info.value) + caplog.text
