"""Deliberate contract drift for proving the contract suite catches it (off by default)."""

from __future__ import annotations

from typing import Any

from . import errors
from .contracts import as_int

RENAME_ATTRIBUTE = "rename-attribute"  # sync record `status` emitted as `state`
DROP_LINKS_KEY = "drop-links-key"  # `links.last` omitted from every list
FAIL_ON_PAGE = "500-on-page"  # HTTP 500 for any list request with page >= 2
FAULTS = frozenset({RENAME_ATTRIBUTE, DROP_LINKS_KEY, FAIL_ON_PAGE})


def fail_on_page(query: dict[str, Any]) -> None:
    raw = query.get("page")
    number = as_int(raw) if isinstance(raw, str) else None
    if number is not None and number >= 2:
        raise errors.generic(500)
