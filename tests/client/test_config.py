"""from_env, defaults, Workspace-Id injection and the User-Agent."""

from __future__ import annotations

import platform

import httpx
import pytest
import respx
from ai_squared_client import AISquared, AsyncAISquared, ConfigurationError, __version__
from ai_squared_client.api.syncs import delete_sync

from .conftest import BASE


def test_from_env_reads_the_three_variables() -> None:
    client = AISquared.from_env(
        {
            "AISQUARED_BASE_URL": "https://eu.squared.test",
            "AISQUARED_API_TOKEN": "tok",
            "AISQUARED_WORKSPACE_ID": "42",
        }
    )
    assert client.workspace_id == 42
    assert str(client.client.get_httpx_client().base_url) == "https://eu.squared.test"


def test_from_env_defaults_the_base_url() -> None:
    client = AsyncAISquared.from_env({"AISQUARED_API_TOKEN": "tok"})
    assert str(client.client.get_async_httpx_client().base_url) == "https://api.squared.ai"


def test_missing_token_names_the_variable() -> None:
    with pytest.raises(ConfigurationError, match="AISQUARED_API_TOKEN"):
        AISquared.from_env({"AISQUARED_WORKSPACE_ID": "1"})


def test_bad_workspace_names_the_variable() -> None:
    with pytest.raises(ConfigurationError, match="AISQUARED_WORKSPACE_ID"):
        AISquared.from_env({"AISQUARED_API_TOKEN": "t", "AISQUARED_WORKSPACE_ID": "one"})


def test_missing_workspace_is_a_clear_error_at_call_time() -> None:
    client = AISquared.from_env({"AISQUARED_API_TOKEN": "t"})
    with pytest.raises(ConfigurationError, match="AISQUARED_WORKSPACE_ID"):
        delete_sync.call(1, client=client)


def test_default_timeouts() -> None:
    timeout = AISquared("t").client.get_httpx_client().timeout
    assert (timeout.connect, timeout.read) == (5.0, 60.0)


def test_headers_sent() -> None:
    client = AISquared("tok", workspace_id=9, base_url=BASE)
    with respx.mock as router:
        route = router.delete(f"{BASE}/api/v1/syncs/1").mock(return_value=httpx.Response(204))
        delete_sync.call(1, client=client)
    headers = route.calls[0].request.headers
    assert headers["Workspace-Id"] == "9"
    assert headers["Authorization"] == "Bearer tok"
    assert headers["User-Agent"] == (
        f"ai-squared-client/{__version__} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )


def test_with_options_changes_the_workspace_and_shares_connections() -> None:
    client = AISquared("tok", workspace_id=1)
    other = client.with_options(workspace_id=2)
    assert (client.workspace_id, other.workspace_id) == (1, 2)
    assert other.client is client.client
