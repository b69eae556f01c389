"""Retries: which failures, which methods, how long (asserted through an injected sleep)."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time

import httpx
import pytest
import respx
from ai_squared_client import (
    AISquared,
    APIConnectionError,
    APITimeoutError,
    AsyncAISquared,
    RateLimitError,
    ServerError,
)
from ai_squared_client.api.schedule_syncs import trigger_sync
from ai_squared_client.api.syncs import delete_sync, get_sync
from ai_squared_client.models import TriggerSyncRequest, TriggerSyncRequestScheduleSync
from ai_squared_client.sdk.retry import RetryPolicy, retry_after_seconds

from .conftest import BASE, SleepRecorder

SYNC = f"{BASE}/api/v1/syncs/1"
TRIGGER = f"{BASE}/api/v1/schedule_syncs"
SYNC_DOC = {
    "data": {
        "id": "1",
        "type": "syncs",
        "attributes": {},
    }
}


def ok() -> httpx.Response:
    return httpx.Response(204)


def trigger_body() -> TriggerSyncRequest:
    return TriggerSyncRequest(schedule_sync=TriggerSyncRequestScheduleSync(sync_id=1))


def test_429_with_retry_after_seconds_waits_that_long(
    fake: AISquared, sleeps: SleepRecorder
) -> None:
    with respx.mock as router:
        route = router.delete(SYNC).mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": "7"}), ok()]
        )
        delete_sync.call(1, client=fake)
    assert route.call_count == 2
    assert sleeps.delays == [7.0]


def test_retry_after_http_date() -> None:
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    response = httpx.Response(503, headers={"Retry-After": date})

    assert retry_after_seconds(response, now=now) == pytest.approx(30, abs=1)
    assert retry_after_seconds(httpx.Response(503, headers={"Retry-After": "soon"})) is None
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert retry_after_seconds(httpx.Response(503, headers={"Retry-After": past})) == 0.0


def test_retry_after_http_date_is_slept(fake: AISquared, sleeps: SleepRecorder) -> None:
    date = email.utils.formatdate(time.time() + 20, usegmt=True)
    with respx.mock as router:
        router.delete(SYNC).mock(
            side_effect=[httpx.Response(503, headers={"Retry-After": date}), ok()]
        )
        delete_sync.call(1, client=fake)
    assert len(sleeps.delays) == 1
    assert 17 <= sleeps.delays[0] <= 20


def test_retry_after_over_the_cap_is_capped_at_60s(fake: AISquared, sleeps: SleepRecorder) -> None:
    with respx.mock as router:
        router.delete(SYNC).mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": "3600"}), ok()]
        )
        delete_sync.call(1, client=fake)
    assert sleeps.delays == [60.0]


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_retryable_statuses_back_off_with_jitter(
    fake: AISquared, sleeps: SleepRecorder, status: int
) -> None:
    with respx.mock as router:
        route = router.delete(SYNC).mock(
            side_effect=[httpx.Response(status), httpx.Response(status), ok()]
        )
        delete_sync.call(1, client=fake)
    assert route.call_count == 3
    first, second = sleeps.delays
    assert 0.5 <= first <= 1.0
    assert 1.0 <= second <= 1.5


def test_jitter_bounds_and_backoff_cap(sleeps: SleepRecorder) -> None:
    fake = AISquared("t", workspace_id=1, base_url=BASE, sleep=sleeps, max_retries=6)
    with respx.mock as router:
        router.delete(SYNC).mock(return_value=httpx.Response(503))
        with pytest.raises(ServerError):
            delete_sync.call(1, client=fake)
    bases = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(sleeps.delays) == 6
    for delay, base in zip(sleeps.delays, bases, strict=True):
        assert base <= delay <= base + 0.5


def test_default_is_two_retries_then_the_typed_error(fake: AISquared) -> None:
    with respx.mock as router:
        route = router.delete(SYNC).mock(return_value=httpx.Response(502, text="Bad Gateway"))
        with pytest.raises(ServerError) as info:
            delete_sync.call(1, client=fake)
    assert route.call_count == 3
    assert info.value.status_code == 502


def test_retries_are_settable_per_call_and_per_client(fake: AISquared) -> None:
    with respx.mock as router:
        route = router.delete(SYNC).mock(return_value=httpx.Response(503))
        with pytest.raises(ServerError):
            delete_sync.call(1, client=fake, max_retries=0)
        assert route.call_count == 1
        with pytest.raises(ServerError):
            delete_sync.call(1, client=fake.with_options(max_retries=4))
        assert route.call_count == 1 + 5


def test_post_is_not_retried(fake: AISquared, sleeps: SleepRecorder) -> None:
    with respx.mock as router:
        route = router.post(TRIGGER).mock(return_value=httpx.Response(503))
        with pytest.raises(ServerError):
            trigger_sync.call(client=fake, body=trigger_body())
    assert route.call_count == 1
    assert sleeps.delays == []


def test_post_is_retried_when_the_caller_opts_in(fake: AISquared) -> None:
    with respx.mock as router:
        route = router.post(TRIGGER).mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json={"message": "ok"})]
        )
        result = trigger_sync.call(client=fake, body=trigger_body(), retry_non_idempotent=True)
    assert route.call_count == 2
    assert result is not None


def test_post_opt_in_on_the_client() -> None:
    client = AISquared("t", workspace_id=1, base_url=BASE, retry_non_idempotent=True)
    assert client.retry_policy.attempts_for("POST") == 3
    assert RetryPolicy().attempts_for("POST") == 1
    assert RetryPolicy().attempts_for("PUT") == 3


def test_non_retryable_status_is_not_retried(fake: AISquared) -> None:
    with respx.mock as router:
        route = router.delete(SYNC).mock(return_value=httpx.Response(500))
        with pytest.raises(ServerError):
            delete_sync.call(1, client=fake)
    assert route.call_count == 1


def test_connection_errors_are_retried_then_raised(fake: AISquared, sleeps: SleepRecorder) -> None:
    with respx.mock as router:
        route = router.delete(SYNC).mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(APIConnectionError) as info:
            delete_sync.call(1, client=fake)
    assert route.call_count == 3
    assert len(sleeps.delays) == 2
    assert info.value.status_code is None
    assert not isinstance(info.value, APITimeoutError)


def test_connection_error_then_success(fake: AISquared) -> None:
    with respx.mock as router:
        router.delete(SYNC).mock(side_effect=[httpx.ConnectError("reset"), ok()])
        delete_sync.call(1, client=fake)


def test_timeouts_raise_api_timeout_error(fake: AISquared) -> None:
    with respx.mock as router:
        route = router.delete(SYNC).mock(side_effect=httpx.ReadTimeout("slow"))
        with pytest.raises(APITimeoutError):
            delete_sync.call(1, client=fake)
    assert route.call_count == 3


def test_rate_limit_error_carries_retry_after_when_retries_run_out(fake: AISquared) -> None:
    with respx.mock as router:
        router.delete(SYNC).mock(return_value=httpx.Response(429, headers={"Retry-After": "2"}))
        with pytest.raises(RateLimitError) as info:
            delete_sync.call(1, client=fake, max_retries=0)
    assert info.value.retry_after == 2.0


def test_retries_are_logged_without_secrets(
    fake: AISquared, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="ai_squared_client")
    with respx.mock as router:
        router.delete(SYNC).mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": "1"}), ok()]
        )
        delete_sync.call(1, client=fake)
    text = caplog.text
    assert "DELETE /api/v1/syncs/1 after 429 in 1.00s" in text
    assert "secret-token-123" not in text
    assert "Authorization" not in text


def test_async_retry_uses_the_async_sleep() -> None:
    sleeps = SleepRecorder()

    async def run() -> int:
        client = AsyncAISquared("t", workspace_id=1, base_url=BASE, sleep=sleeps.asleep)
        async with client:
            with respx.mock as router:
                route = router.delete(SYNC).mock(
                    side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), ok()]
                )
                await delete_sync.acall(1, client=client)
                return route.call_count

    assert asyncio.run(run()) == 2
    assert sleeps.delays == [3.0]


def test_get_is_retried(fake: AISquared) -> None:
    with respx.mock as router:
        route = router.get(SYNC).mock(
            side_effect=[httpx.Response(504), httpx.Response(404, json={"error": "gone"})]
        )
        with pytest.raises(Exception, match="gone"):
            get_sync.call(1, client=fake)
    assert route.call_count == 2
