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


def iter_pages(
    client: AISquared,
    request: dict[str, Any],
    parse: Callable[[Any], P],
    *,
    max_retries: int | None = None,
) -> Iterator[P]:
    """Pages, first to last."""
    base_url = client.client.get_httpx_client().base_url
    while True:
        response = client.send(request, max_retries=max_retries)
        page = parse(response.json())
        yield page
        next_url = page.links.next_
        if next_url is None or not page.data:
            return
        request = next_request(request, next_url, base_url)


async def aiter_pages(
    client: AsyncAISquared,
    request: dict[str, Any],
    parse: Callable[[Any], P],
    *,
    max_retries: int | None = None,
) -> AsyncIterator[P]:
    """Async :func:`iter_pages`."""
    base_url = client.client.get_async_httpx_client().base_url
    while True:
        response = await client.send(request, max_retries=max_retries)
        page = parse(response.json())
        yield page
        next_url = page.links.next_
        if next_url is None or not page.data:
            return
        request = next_request(request, next_url, base_url)
