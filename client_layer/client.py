"""``AISquared`` / ``AsyncAISquared``: configured clients for the convenience call style.

They hold the token, the workspace and the retry policy, and send requests built by the
generated ``_get_kwargs``: retried per the policy, raising typed errors for statuses >= 400.
The wrapped generated client (``.client``) works with every ``*_detailed`` function.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Self

import httpx
from ai_squared_client.client import AuthenticatedClient

from . import retry
from .config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, settings_from_env, user_agent
from .errors import APIConnectionError, APITimeoutError, ConfigurationError, error_for_response

__all__ = ["AISquared", "AsyncAISquared"]


class _Base:
    """Settings shared by the sync and async clients."""

    def __init__(
        self,
        token: str,
        *,
        workspace_id: int | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_non_idempotent: bool = False,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        if not token:
            raise ConfigurationError("token is empty: pass an AI Squared API token")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        # Imported here: the package's __init__ imports this module.
        from ai_squared_client import __version__

        self._workspace_id = workspace_id
        self._policy = retry.RetryPolicy(
            max_retries=max_retries, retry_non_idempotent=retry_non_idempotent
        )
        self._client = AuthenticatedClient(
            base_url=base_url,
            token=token,
            headers={"User-Agent": user_agent(__version__), **(headers or {})},
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            httpx_args=dict(httpx_args or {}),
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client configured from ``AISQUARED_*`` variables; ``kwargs`` override them."""
        found = settings_from_env(environ)
        settings: dict[str, Any] = {
            "base_url": found.base_url,
            "workspace_id": found.workspace_id,
            **kwargs,
        }
        return cls(found.token, **settings)

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client, for ``sync_detailed`` / ``asyncio_detailed`` calls."""
        return self._client

    @property
    def workspace_id(self) -> int:
        """The ``Workspace-Id`` sent with every call."""
        if self._workspace_id is None:
            raise ConfigurationError(
                "no workspace: pass workspace_id= or set AISQUARED_WORKSPACE_ID"
            )
        return self._workspace_id

    @property
    def retry_policy(self) -> retry.RetryPolicy:
        """The client's default retry policy."""
        return self._policy

    def with_options(
        self,
        *,
        workspace_id: int | None = None,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
    ) -> Self:
        """A copy with other settings that shares this client's connections."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._policy = self._policy.with_overrides(max_retries, retry_non_idempotent)
        if workspace_id is not None:
            copy._workspace_id = workspace_id
        return copy

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self._client._base_url)!r}, "
            f"workspace_id={self._workspace_id!r}, max_retries={self._policy.max_retries})"
        )


def _connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    kind = "timed out" if cls is APITimeoutError else f"failed ({type(exc).__name__})"
    return cls(f"request {kind}", request=request)


class AISquared(_Base):
    """Synchronous client. Use as a context manager or call :meth:`close`."""

    def __init__(
        self, token: str, *, sleep: Callable[[float], None] = time.sleep, **kwargs: Any
    ) -> None:
        super().__init__(token, **kwargs)
        self._sleep = sleep
        # Built now, as httpx.Client builds its transport (SSL context included, ~25 ms) in
        # its constructor: not on the first request, inside the caller's timing.
        self._client.get_httpx_client()

    def send(
        self,
        request: Mapping[str, Any],
        *,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
    ) -> httpx.Response:
        """Send generated request kwargs; return a 2xx/3xx response or raise ``ApiError``."""
        http = self._client.get_httpx_client()
        built = http.build_request(**request)
        policy = self._policy.with_overrides(max_retries, retry_non_idempotent)
        try:
            response = retry.send(http, built, policy, self._sleep)
        except httpx.TransportError as exc:
            raise _connection_error(exc, built) from exc
        if response.status_code >= 400:
            raise error_for_response(response)
        return response

    def close(self) -> None:
        """Close the connection pool."""
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAISquared(_Base):
    """Asynchronous client. Use as an async context manager or await :meth:`aclose`."""

    def __init__(
        self,
        token: str,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        **kwargs: Any,
    ) -> None:
        super().__init__(token, **kwargs)
        self._sleep = sleep
        self._client.get_async_httpx_client()  # built now, as for AISquared

    async def send(
        self,
        request: Mapping[str, Any],
        *,
        max_retries: int | None = None,
        retry_non_idempotent: bool | None = None,
    ) -> httpx.Response:
        """Async :meth:`AISquared.send`."""
        http = self._client.get_async_httpx_client()
        built = http.build_request(**request)
        policy = self._policy.with_overrides(max_retries, retry_non_idempotent)
        try:
            response = await retry.asend(http, built, policy, self._sleep)
        except httpx.TransportError as exc:
            raise _connection_error(exc, built) from exc
        if response.status_code >= 400:
            raise error_for_response(response)
        return response

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
