"""Typed exceptions raised by the convenience call style (``call()``, ``iterate()``, ...).

Every exception carries the HTTP status (``None`` when no response arrived), the normalized
error details from the server's envelope, and the raw ``httpx.Response``. ``str()`` and
``repr()`` show status, details, method and URL path only: never headers, so never the token.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from .envelopes import ErrorDetail, parse_error_details
from .retry import retry_after_seconds

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ErrorDetail",
    "FailedDependencyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnprocessableEntityError",
    "error_for_response",
]


class ConfigurationError(ValueError):
    """The client is missing a setting (for example ``AISQUARED_API_TOKEN``)."""


@dataclass(frozen=True, slots=True)
class _RequestLine:
    method: str
    path: str


class ApiError(Exception):
    """Base of every error the convenience call style raises."""

    status_code: int | None
    details: list[ErrorDetail]
    response: httpx.Response | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        details: list[ErrorDetail] | None = None,
        response: httpx.Response | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.details = details or []
        self.response = response
        if request is None and response is not None:
            request = _request_of(response)
        self._line = _RequestLine(request.method, request.url.path) if request else None

    @property
    def field_errors(self) -> dict[str, list[str]]:
        """Messages per dotted field path (``sync.schedule_type``), from any envelope."""
        fields: dict[str, list[str]] = {}
        for detail in self.details:
            if detail.field is not None:
                fields.setdefault(detail.field, []).append(detail.detail)
        return fields

    @property
    def method(self) -> str | None:
        """HTTP method of the failed request."""
        return self._line.method if self._line else None

    @property
    def path(self) -> str | None:
        """URL path (no host, no query) of the failed request."""
        return self._line.path if self._line else None

    def __str__(self) -> str:
        where = f" [{self._line.method} {self._line.path}]" if self._line else ""
        return f"{self.message}{where}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, "
            f"message={self.message!r}, details={self.details!r})"
        )


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand has no request
        return None


class BadRequestError(ApiError):
    """400: malformed request, contract failure, or unknown workspace."""


class AuthenticationError(ApiError):
    """401: missing, expired or revoked token."""


class PermissionDeniedError(ApiError):
    """403: the caller's role may not do this."""


class NotFoundError(ApiError):
    """404: unknown resource or route."""


class UnprocessableEntityError(ApiError):
    """422: the server refused to save, or a wrapper object was missing."""


class FailedDependencyError(ApiError):
    """424: an external system (connector, workflow) failed."""


class RateLimitError(ApiError):
    """429: too many requests; ``retry_after`` is the server's hint in seconds, if any."""

    retry_after: float | None = None


class ServerError(ApiError):
    """5xx: the server failed."""


class APIConnectionError(ApiError):
    """No response: the connection failed."""


class APITimeoutError(APIConnectionError):
    """No response within the configured timeout."""


_BY_STATUS: Mapping[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    424: FailedDependencyError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response) -> ApiError:
    """The typed error for an unsuccessful response (status >= 400)."""
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    details = parse_error_details(response)
    summary = "; ".join(d.describe() for d in details) or response.reason_phrase
    error = cls(
        f"{status} {response.reason_phrase}: {summary}",
        status_code=status,
        details=details,
        response=response,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after_seconds(response)
    return error
