"""Kaminari + JSON:API pagination exactly as the server renders it (§0.8)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_plus

from . import errors
from .contracts import as_int

DEFAULT_PER_PAGE = 10
ZERO_PER_PAGE = "Current page was incalculable. Perhaps you called .per(0)?"


def to_query(params: dict[str, Any], namespace: str | None = None) -> str:
    """Rails' `Hash#to_query`: nested keys as `a[b]`, pairs sorted as encoded strings."""
    return "&".join(sorted(_pairs(params, namespace)))


def _pairs(params: dict[str, Any], namespace: str | None = None) -> list[str]:
    """The encoded `key=value` pairs of `to_query`, unsorted."""
    parts: list[str] = []
    for key, value in params.items():
        name = f"{namespace}[{key}]" if namespace else str(key)
        if isinstance(value, dict):
            if value:
                parts.extend(_pairs(value, name))
            else:
                parts.append(quote_plus(name) + "=")
        elif isinstance(value, list):
            for item in value:
                parts.append(quote_plus(name + "[]") + "=" + quote_plus(_text(item)))
        else:
            parts.append(quote_plus(name) + "=" + quote_plus(_text(value)))
    return parts


def _text(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


class Page:
    """The requested window of a list plus its links; `offset`/`limit` feed the SQL."""

    def __init__(self, query: dict[str, Any], base_url: str, drop_last: bool = False) -> None:
        raw_page = query.get("page")
        number = as_int(raw_page) if isinstance(raw_page, str) else None
        self.number = number if number is not None and number > 0 else 1
        raw_per = query.get("per_page")
        per = as_int(raw_per) if isinstance(raw_per, str) else None
        self.per_page = per if per is not None and per >= 0 else DEFAULT_PER_PAGE
        self.query = query
        self.base_url = base_url
        self.drop_last = drop_last

    def check(self) -> None:
        """Raised from inside the action, as Kaminari does for `per(0)`."""
        if self.per_page == 0:
            raise errors.bad_request(ZERO_PER_PAGE)

    @property
    def limit(self) -> int:
        return self.per_page

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.per_page

    def _url(self, page: int, kept: list[str]) -> str:
        """The list's URL for `page`: the request's other params plus page and per_page."""
        pairs = [*kept, f"page={page}", f"per_page={self.per_page}"]
        return f"{self.base_url}?{'&'.join(sorted(pairs))}"

    def links(self, total: int) -> dict[str, str | None]:
        total_pages = -(-total // self.per_page)
        current = self.number
        kept = _pairs({k: v for k, v in self.query.items() if k not in ("page", "per_page")})
        links: dict[str, str | None] = {
            "self": f"{self.base_url}?{to_query(self.query)}",
            "first": self._url(1, kept),
            "prev": None if current == 1 else self._url(current - 1, kept),
            "next": (
                self._url(current + 1, kept) if current != total_pages and total_pages > 1 else None
            ),
            "last": self._url(max(total_pages, 1), kept),
        }
        if self.drop_last:
            del links["last"]
        return links
