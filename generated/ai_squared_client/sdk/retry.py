"""Retry policy on tenacity: which failures are retried, how long to wait, and logging.

Retried: connection errors and timeouts, and statuses 408, 429, 502, 503, 504, for GET, PUT
and DELETE (other methods only when the caller opts in). Waits grow exponentially with
jitter; a ``Retry-After`` header (seconds or HTTP date) wins, capped at 60 s.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

import httpx
import tenacity

logger = logging.getLogger("ai_squared_client")

RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_AFTER_CAP = 60.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to retry; immutable, shared by a client and its copies."""

    max_retries: int = 2
    retry_non_idempotent: bool = False
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    jitter: float = 0.5
    retry_after_cap: float = RETRY_AFTER_CAP

    def with_overrides(
        self, max_retries: int | None, retry_non_idempotent: bool | None
    ) -> RetryPolicy:
        """This policy with the non-None arguments applied."""
        if max_retries is None and retry_non_idempotent is None:
            return self
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        return replace(
            self,
            max_retries=self.max_retries if max_retries is None else max_retries,
            retry_non_idempotent=(
                self.retry_non_idempotent if retry_non_idempotent is None else retry_non_idempotent
            ),
        )

    def attempts_for(self, method: str) -> int:
        """Total attempts (first try included) allowed for an HTTP method."""
        if method.upper() in IDEMPOTENT_METHODS or self.retry_non_idempotent:
            return 1 + self.max_retries
        return 1

    def wait(self) -> tenacity.wait.wait_base:
        """Retry-After when the response has one, else exponential backoff with jitter:
        ``min(backoff_initial * 2 ** (retry - 1), backoff_max) + uniform(0, jitter)``."""
        return WaitRetryAfterOrBackoff(
            tenacity.wait_exponential(multiplier=self.backoff_initial, max=self.backoff_max)
            + tenacity.wait_random(0, self.jitter),
            cap=self.retry_after_cap,
        )


class WaitRetryAfterOrBackoff(tenacity.wait.wait_base):
    """A tenacity wait: the response's Retry-After (capped), or the fallback strategy."""

    def __init__(self, fallback: tenacity.wait.wait_base, cap: float) -> None:
        self.fallback = fallback
        self.cap = cap

    def __call__(self, retry_state: tenacity.RetryCallState) -> float:
        outcome = retry_state.outcome
        if outcome is not None and not outcome.failed:
            hint = retry_after_seconds(outcome.result())
            if hint is not None:
                return min(hint, self.cap)
        return float(self.fallback(retry_state))


def retry_after_seconds(response: httpx.Response, now: float | None = None) -> float | None:
    """The Retry-After header in seconds (>= 0), from delta-seconds or an HTTP date."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def _should_retry(retry_state: tenacity.RetryCallState) -> bool:
    outcome = retry_state.outcome
    if outcome is None:
        return False
    if outcome.failed:
        return isinstance(outcome.exception(), httpx.TransportError)
    response: httpx.Response = outcome.result()
    return response.status_code in RETRY_STATUSES


def _log_retry(retry_state: tenacity.RetryCallState) -> None:
    """Log method, path, status (or exception type) and delay: never headers or bodies."""
    outcome = retry_state.outcome
    request: httpx.Request | None = retry_state.kwargs.get("request")
    if outcome is None or request is None:
        return
    if outcome.failed:
        cause = type(outcome.exception()).__name__
    else:
        cause = str(outcome.result().status_code)
    delay = retry_state.next_action.sleep if retry_state.next_action else 0.0
    logger.warning(
        "retrying %s %s after %s in %.2fs (attempt %d)",
        request.method,
        request.url.path,
        cause,
        delay,
        retry_state.attempt_number + 1,
    )


def _last_outcome(retry_state: tenacity.RetryCallState) -> httpx.Response:
    """Attempts exhausted: hand back the last response, or re-raise the last exception."""
    assert retry_state.outcome is not None
    response: httpx.Response = retry_state.outcome.result()
    return response


def _retrying(policy: RetryPolicy, attempts: int, sleep: Callable[[float], Any]) -> dict[str, Any]:
    return {
        "stop": tenacity.stop_after_attempt(attempts),
        "wait": policy.wait(),
        "retry": _should_retry,
        "before_sleep": _log_retry,
        "retry_error_callback": _last_outcome,
        "sleep": sleep,
    }


class _Replay:
    """Attempt 1 replays the outcome the fast path already has; later attempts send.

    The first try is made outside tenacity (no per-call overhead when it succeeds); when it
    is retryable, tenacity takes over with that outcome as its first attempt, so stop, wait
    (Retry-After included) and logging are decided by tenacity exactly as for any attempt.
    """

    def __init__(self, first: httpx.Response | httpx.TransportError) -> None:
        self.first: httpx.Response | httpx.TransportError | None = first

    def take(self) -> httpx.Response | None:
        first, self.first = self.first, None
        if isinstance(first, httpx.TransportError):
            raise first
        return first


def send(
    http: httpx.Client,
    request: httpx.Request,
    policy: RetryPolicy,
    sleep: Callable[[float], None],
) -> httpx.Response:
    """Send ``request`` through ``http``, retrying per ``policy``."""
    first: httpx.Response | httpx.TransportError
    try:
        first = http.send(request)
    except httpx.TransportError as exc:
        first = exc
    else:
        if first.status_code not in RETRY_STATUSES:
            return first
    attempts = policy.attempts_for(request.method)
    replay = _Replay(first)

    def attempt(*, request: httpx.Request) -> httpx.Response:
        replayed = replay.take()
        return replayed if replayed is not None else http.send(request)

    retrying = tenacity.Retrying(**_retrying(policy, attempts, sleep))
    response: httpx.Response = retrying(attempt, request=request)
    return response


async def asend(
    http: httpx.AsyncClient,
    request: httpx.Request,
    policy: RetryPolicy,
    sleep: Callable[[float], Awaitable[None]],
) -> httpx.Response:
    """Async :func:`send`."""
    first: httpx.Response | httpx.TransportError
    try:
        first = await http.send(request)
    except httpx.TransportError as exc:
        first = exc
    else:
        if first.status_code not in RETRY_STATUSES:
            return first
    attempts = policy.attempts_for(request.method)
    replay = _Replay(first)

    async def attempt(*, request: httpx.Request) -> httpx.Response:
        replayed = replay.take()
        return replayed if replayed is not None else await http.send(request)

    retrying = tenacity.AsyncRetrying(**_retrying(policy, attempts, sleep))
    response: httpx.Response = await retrying(attempt, request=request)
    return response
