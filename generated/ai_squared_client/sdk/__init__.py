"""Hand-written layer of the generated client: configured clients, typed errors, retries and
pagination. Copied into ``ai_squared_client/sdk`` by ``make generate``."""

from .client import AISquared, AsyncAISquared
from .config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from .envelopes import ErrorDetail
from .errors import (
    APIConnectionError,
    ApiError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    FailedDependencyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from .retry import RetryPolicy

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "AISquared",
    "APIConnectionError",
    "APITimeoutError",
    "ApiError",
    "AsyncAISquared",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ErrorDetail",
    "FailedDependencyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "UnprocessableEntityError",
]
