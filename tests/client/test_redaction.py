"""The generated clients never show the token or the Authorization header in repr/str."""

from __future__ import annotations

import pytest
from ai_squared_client import AuthenticatedClient, Client

TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-token-value"


def shown(obj: object) -> str:
    return repr(obj) + str(obj)


@pytest.mark.parametrize("make_httpx", ["none", "sync", "async", "both"])
def test_authenticated_client_hides_token(make_httpx: str) -> None:
    client = AuthenticatedClient(
        base_url="https://api.squared.ai",
        token=TOKEN,
        headers={"X-Trace": "1"},
        cookies={"session": "cookie-secret"},
    )
    if make_httpx in ("sync", "both"):
        client.get_httpx_client()
    if make_httpx in ("async", "both"):
        client.get_async_httpx_client()

    text = shown(client)

    assert TOKEN not in text
    assert "Bearer " + TOKEN not in text
    assert "'Authorization': " not in text  # no header mapping is shown
    assert "cookie-secret" not in text
    assert "https://api.squared.ai" in text


def test_authorization_header_is_sent_but_not_written_into_callers_headers() -> None:
    headers = {"X-Trace": "1"}
    client = AuthenticatedClient(base_url="https://api.squared.ai", token=TOKEN, headers=headers)

    httpx_client = client.get_httpx_client()

    assert httpx_client.headers["Authorization"] == f"Bearer {TOKEN}"
    assert headers == {"X-Trace": "1"}


def test_plain_client_hides_headers() -> None:
    client = Client(base_url="https://api.squared.ai", headers={"Authorization": f"Bearer {TOKEN}"})
    client.get_httpx_client()

    assert TOKEN not in shown(client)
