"""Iterate a paginated list by following ``links.next`` until it is null.

One page is held at a time, so memory stays constant whatever the total. An empty page also
ends the iteration: past the last page the server may still offer a ``next`` link.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

if TYPE_CHECKING:
    from .client import AISquared, AsyncAISquared

P = TypeVar("P", bound="Page")
T = TypeVar("T")

DEFAULT_PER_PAGE = 100


class Links(Protocol):
    """The part of ``PaginationLinks`` pagination needs."""

    @property
    def next_(self) -> str | None: ...


class Page(Protocol):
    """The part of a generated ``*List`` model pagination needs."""

    @property
    def data(self) -> Sequence[Any]: ...

    @property
    def links(self) -> Links: ...


def next_request(request: dict[str, Any], next_url: str, base_url: httpx.URL) -> dict[str, Any]:
    """The request for ``next_url``: same headers, the link's query instead of ``params``.

    A link to another origin than the client's base URL is followed as a path on the base
    URL, so the token is never sent to a host the caller did not configure.
    """
    url = httpx.URL(next_url)
    same_origin = (url.scheme, url.host, url.port) == (
        base_url.scheme,
        base_url.host,
        base_url.port,
    )
    target = next_url if same_origin else url.raw_path.decode("ascii")
    following = {k: v for k, v in request.items() if k != "params"}
    following["url"] = target
    return following


def _documents(
    client: AISquared, request: dict[str, Any], max_retries: int | None
) -> Iterator[dict[str, Any]]:
    """Raw JSON documents, first page to last."""
    base_url = client.client.get_httpx_client().base_url
    while True:
        doc: dict[str, Any] = client.send(request, max_retries=max_retries).json()
        yield doc
        next_url = doc["links"]["next"]
        if next_url is None or not doc["data"]:
            return
        request = next_request(request, next_url, base_url)


async def _adocuments(
    client: AsyncAISquared, request: dict[str, Any], max_retries: int | None
) -> AsyncIterator[dict[str, Any]]:
    """Async :func:`_documents`."""
    base_url = client.client.get_async_httpx_client().base_url
    while True:
        response = await client.send(request, max_retries=max_retries)
        doc: dict[str, Any] = response.json()
        yield doc
        next_url = doc["links"]["next"]
        if next_url is None or not doc["data"]:
            return
        request = next_request(request, next_url, base_url)


def iter_pages(
    client: AISquared,
    request: dict[str, Any],
    parse: Callable[[Any], P],
    *,
    max_retries: int | None = None,
) -> Iterator[P]:
    """Parsed pages, first to last."""
    for doc in _documents(client, request, max_retries):
        yield parse(doc)


def iter_items(
    client: AISquared,
    request: dict[str, Any],
    parse: Callable[[Any], T],
    *,
    max_retries: int | None = None,
) -> Iterator[T]:
    """Items of every page, each parsed only when the caller asks for it.

    Parsing item by item (not page by page) lets each model die young: the garbage
    collector never has to walk a whole page of live models.
    """
    for doc in _documents(client, request, max_retries):
        for item in doc["data"]:
            yield parse(item)


async def aiter_pages(
    client: AsyncAISquared,
    request: dict[str, Any],
    parse: Callable[[Any], P],
    *,
    max_retries: int | None = None,
) -> AsyncIterator[P]:
    """Async :func:`iter_pages`."""
    async for doc in _adocuments(client, request, max_retries):
        yield parse(doc)


async def aiter_items(
    client: AsyncAISquared,
    request: dict[str, Any],
    parse: Callable[[Any], T],
    *,
    max_retries: int | None = None,
) -> AsyncIterator[T]:
    """Async :func:`iter_items`."""
    async for doc in _adocuments(client, request, max_retries):
        for item in doc["data"]:
            yield parse(item)
