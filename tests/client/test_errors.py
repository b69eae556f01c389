"""Each status raises its typed error, with the details of whatever envelope the server used."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import respx
from ai_squared_client import (
    AISquared,
    ApiError,
    AuthenticationError,
    BadRequestError,
    FailedDependencyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from ai_squared_client.api.sync_records import list_sync_records
from ai_squared_client.api.syncs import get_sync, list_syncs

from .conftest import BASE, async_sdk

SYNC = f"{BASE}/api/v1/syncs/1"


def envelope(status: int, detail: str) -> dict[str, Any]:
    return {"errors": [{"status": status, "title": "Error", "detail": detail}]}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (424, FailedDependencyError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (409, ApiError),
    ],
)
def test_status_maps_to_its_class(fake: AISquared, status: int, cls: type[ApiError]) -> None:
    with respx.mock as router:
        router.get(SYNC).mock(return_value=httpx.Response(status, json=envelope(status, "why")))
        with pytest.raises(cls) as info:
            get_sync.call(1, client=fake, max_retries=0)
    error = info.value
    assert type(error) is cls
    assert error.status_code == status
    assert [d.detail for d in error.details] == ["why"]
    assert error.response is not None
    assert error.response.status_code == status
    assert "why" in str(error)
    assert "GET /api/v1/syncs/1" in str(error)


def test_contract_failure_becomes_dotted_field_errors(fake: AISquared) -> None:
    body = {
        "errors": {
            "sync": {
                "schedule_type": ["invalid schedule type"],
                "configuration": ["is missing", "must be a hash"],
            }
        }
    }
    with respx.mock as router:
        router.get(SYNC).mock(return_value=httpx.Response(400, json=body))
        with pytest.raises(BadRequestError) as info:
            get_sync.call(1, client=fake)
    assert info.value.field_errors == {
        "sync.schedule_type": ["invalid schedule type"],
        "sync.configuration": ["is missing", "must be a hash"],
    }
    assert "sync.schedule_type: invalid schedule type" in str(info.value)


def test_failed_save_source_attributes_are_field_errors(fake: AISquared) -> None:
    body = {
        "errors": [
            {
                "status": 422,
                "title": "Error",
                "detail": "Failed",
                "source": {"name": "can't be blank"},
            }
        ]
    }
    with respx.mock as router:
        router.get(SYNC).mock(return_value=httpx.Response(422, json=body))
        with pytest.raises(UnprocessableEntityError) as info:
            get_sync.call(1, client=fake)
    assert info.value.details[0].detail == "Failed"
    assert info.value.field_errors == {"name": ["can't be blank"]}


def test_bad_request_pointer_is_kept(fake: AISquared) -> None:
    body = {
        "errors": [
            {
                "status": 400,
                "title": "Bad Request",
                "detail": "There was a problem with the request format: Workspace not found",
                "source": {"pointer": "/request/payload"},
            }
        ]
    }
    with respx.mock as router:
        router.get(SYNC).mock(return_value=httpx.Response(400, json=body))
        with pytest.raises(BadRequestError) as info:
            get_sync.call(1, client=fake)
    (detail,) = info.value.details
    assert detail.pointer == "/request/payload"
    assert detail.title == "Bad Request"
    assert info.value.field_errors == {}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"error": "Couldn't find Sync with 'id'=1"}, "Couldn't find Sync with 'id'=1"),
        ({"status": 404, "error": "Not Found"}, "Not Found"),
    ],
)
def test_error_string_envelopes(fake: AISquared, body: dict[str, Any], expected: str) -> None:
    with respx.mock as router:
        router.get(SYNC).mock(return_value=httpx.Response(404, json=body))
        with pytest.raises(NotFoundError) as info:
            get_sync.call(1, client=fake)
    assert [d.detail for d in info.value.details] == [expected]


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"<html>upstream down</html>", "<html>upstream down</html>"), (b"", "Internal Server Error")],
)
def test_non_json_bodies(fake: AISquared, content: bytes, expected: str) -> None:
    with respx.mock as router:
        router.get(SYNC).mock(return_value=httpx.Response(500, content=content))
        with pytest.raises(ServerError) as info:
            get_sync.call(1, client=fake)
    assert info.value.details[0].detail == expected


def test_mock_404_sync_not_found(sdk: AISquared) -> None:
    with pytest.raises(NotFoundError) as info:
        list_sync_records.call(999, 1, client=sdk)
    assert any("Sync not found" in d.detail for d in info.value.details)


def test_mock_401_with_a_bad_token(mock_url: str) -> None:
    client = AISquared("not-a-token", workspace_id=1, base_url=mock_url)
    with client, pytest.raises(AuthenticationError) as info:
        list_syncs.call(client=client)
    assert info.value.details[0].detail == "Unauthorized"


def test_mock_400_workspace_not_found(mock_url: str) -> None:
    client = AISquared("demo-admin-token", workspace_id=999, base_url=mock_url)
    with client, pytest.raises(BadRequestError, match="Workspace not found"):
        list_syncs.call(client=client)


def test_mock_403_for_a_viewer(mock_url: str) -> None:
    from ai_squared_client.api.syncs import delete_sync

    client = AISquared("demo-viewer-token", workspace_id=1, base_url=mock_url)
    with client, pytest.raises(PermissionDeniedError, match="not authorized"):
        delete_sync.call(1, client=client)


def test_async_mock_404(asgi_app: object) -> None:
    async def run() -> None:
        async with async_sdk(asgi_app) as client:
            await get_sync.acall(999, client=client)

    with pytest.raises(NotFoundError, match="Couldn't find Sync"):
        asyncio.run(run())


def test_detailed_functions_still_return_instead_of_raising(fake: AISquared) -> None:
    with respx.mock as router:
        router.get(SYNC).mock(return_value=httpx.Response(404, json={"error": "gone"}))
        response = get_sync.sync_detailed(1, client=fake.client, workspace_id=1)
    assert response.status_code == 404
    assert response.parsed is not None
