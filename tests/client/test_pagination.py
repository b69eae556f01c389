"""Auto-pagination follows links.next, sync and async, with constant memory per page."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import respx
from ai_squared_client import AISquared
from ai_squared_client.api.connectors import list_connectors
from ai_squared_client.api.sync_records import list_sync_records
from ai_squared_client.api.sync_runs import list_sync_runs
from ai_squared_client.models import SyncRecordStatus

from .conftest import BASE, async_sdk

RECORDS = f"{BASE}/api/v1/syncs/1/sync_runs/1/sync_records"


def test_iterates_every_demo_record_exactly_once(sdk: AISquared) -> None:
    ids = [record.id for record in list_sync_records.iterate(1, 1, client=sdk, per_page=500)]

    assert len(ids) >= 10_000
    assert len(set(ids)) == len(ids)


def test_async_iterates_every_demo_record_exactly_once(asgi_app: object) -> None:
    async def collect() -> list[str]:
        async with async_sdk(asgi_app) as client:
            return [
                r.id async for r in list_sync_records.aiterate(1, 1, client=client, per_page=1000)
            ]

    ids = asyncio.run(collect())

    assert len(ids) >= 10_000
    assert len(set(ids)) == len(ids)


def test_iterate_pages_follows_next_and_sends_workspace(sdk: AISquared) -> None:
    pages = list(list_sync_runs.iterate_pages(1, client=sdk, per_page=1))

    assert len(pages) >= 2
    assert [len(p.data) for p in pages] == [1] * len(pages)
    assert pages[-1].links.next_ is None


def test_filters_are_kept_on_following_pages(sdk: AISquared) -> None:
    failed = list(
        list_sync_records.iterate(1, 1, client=sdk, status=SyncRecordStatus.FAILED, per_page=50)
    )

    assert failed
    assert {r.attributes.status for r in failed} == {SyncRecordStatus.FAILED}


def page(items: list[int], next_page: int | None, per_page: int = 2) -> dict[str, Any]:
    def link(n: int) -> str:
        return f"{RECORDS}?page={n}&per_page={per_page}"

    return {
        "data": [
            {
                "id": str(i),
                "type": "sync_records",
                "attributes": {
                    "sync_id": 1,
                    "sync_run_id": 1,
                    "record": {"id": i},
                    "status": "success",
                    "action": "destination_insert",
                    "logs": None,
                    "created_at": "2024-01-09T10:00:00.000Z",
                    "updated_at": "2024-01-09T10:00:00.000Z",
                },
            }
            for i in items
        ],
        "links": {
            "self": link(1),
            "first": link(1),
            "prev": None,
            "next": link(next_page) if next_page else None,
            "last": link(1),
        },
    }


def serve(router: respx.MockRouter, pages: dict[int, dict[str, Any]]) -> respx.Route:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        return httpx.Response(200, json=pages[number])

    return router.get(RECORDS).mock(side_effect=handler)


def ids(client: AISquared, **kwargs: Any) -> list[str]:
    return [r.id for r in list_sync_records.iterate(1, 1, client=client, per_page=2, **kwargs)]


def test_empty_run_yields_nothing_in_one_request(fake: AISquared) -> None:
    with respx.mock(assert_all_called=True) as router:
        route = serve(router, {1: page([], None)})
        assert ids(fake) == []
    assert route.call_count == 1


def test_exactly_one_page(fake: AISquared) -> None:
    with respx.mock as router:
        route = serve(router, {1: page([1, 2], None)})
        assert ids(fake) == ["1", "2"]
    assert route.call_count == 1


def test_stops_on_the_last_page_by_the_null_next_link(fake: AISquared) -> None:
    with respx.mock as router:
        route = serve(router, {1: page([1, 2], 2), 2: page([3, 4], 3), 3: page([5], None)})
        assert ids(fake) == ["1", "2", "3", "4", "5"]
    assert route.call_count == 3
    assert route.calls[1].request.url.params["page"] == "2"
    assert route.calls[1].request.headers["Workspace-Id"] == "7"


def test_page_past_the_end_stops_despite_a_next_link(fake: AISquared) -> None:
    # The server's quirk: past the end, `next` still points further when total_pages >= 2.
    with respx.mock as router:
        route = serve(router, {5: page([], 6)})
        assert ids(fake, page=5) == []
    assert route.call_count == 1


def test_next_link_on_another_host_is_followed_on_the_base_url(fake: AISquared) -> None:
    first = page([1], 2)
    first["links"]["next"] = (
        "http://elsewhere.example/api/v1/syncs/1/sync_runs/1/sync_records?page=2&per_page=2"
    )
    with respx.mock as router:
        route = serve(router, {1: first, 2: page([2], None)})
        assert ids(fake) == ["1", "2"]
    assert route.calls[1].request.url.host == "api.test"


def test_per_page_is_sent(fake: AISquared) -> None:
    with respx.mock as router:
        route = serve(router, {1: page([], None)})
        list(list_sync_records.iterate_pages(1, 1, client=fake, per_page=250))
    assert route.calls[0].request.url.params["per_page"] == "250"


def test_every_paginated_operation_has_iterators() -> None:
    for module in (list_connectors, list_sync_runs, list_sync_records):
        for name in ("iterate", "aiterate", "iterate_pages", "aiterate_pages"):
            assert callable(getattr(module, name))


def test_pages_are_parsed_one_at_a_time(fake: AISquared) -> None:
    served: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        served.append(number)
        return httpx.Response(
            200, content=json.dumps(page([number], number + 1 if number < 3 else None))
        )

    with respx.mock as router:
        router.get(RECORDS).mock(side_effect=handler)
        iterator = list_sync_records.iterate(1, 1, client=fake, per_page=1)
        assert next(iterator).id == "1"
        assert served == [1]  # lazily: page 2 is not fetched before it is needed
        assert [r.id for r in iterator] == ["2", "3"]
