"""A client library for accessing AI Squared API"""

from .client import AuthenticatedClient, Client
from .sdk import (
    AISquared,
    APIConnectionError,
    ApiError,
    APITimeoutError,
    AsyncAISquared,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ErrorDetail,
    FailedDependencyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
)

__version__ = "1.0.0"

__all__ = (
    "AISquared",
    "APIConnectionError",
    "APITimeoutError",
    "ApiError",
    "AsyncAISquared",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ErrorDetail",
    "FailedDependencyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "UnprocessableEntityError",
    "__version__",
)
