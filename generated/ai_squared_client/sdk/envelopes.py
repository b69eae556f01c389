"""Normalize the server's error envelopes into a flat list of :class:`ErrorDetail`.

Shapes handled (server-behavior.md §0.5): the JSON:API errors array, the contract-failure
object (nested fields become dotted paths), ``{"error": ...}``, Rails'
``{"status": 404, "error": "Not Found"}``, and bodies that are not JSON at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

MAX_TEXT = 500


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One error message; ``field`` is a dotted path when the message is about one field."""

    detail: str
    title: str | None = None
    status: int | None = None
    field: str | None = None
    pointer: str | None = None

    def describe(self) -> str:
        """``field: message`` or just the message."""
        return f"{self.field}: {self.detail}" if self.field else self.detail


def parse_error_details(response: httpx.Response) -> list[ErrorDetail]:
    """Details from any envelope; a non-JSON body becomes one detail with its (trimmed) text."""
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    details = list(_from_body(body, response.status_code)) if isinstance(body, dict) else []
    if details:
        return details
    text = response.text.strip()[:MAX_TEXT] if response.content else ""
    return [ErrorDetail(detail=text or response.reason_phrase, status=response.status_code)]


def _from_body(body: dict[str, Any], status: int) -> Iterator[ErrorDetail]:
    errors = body.get("errors")
    if isinstance(errors, list):
        for item in errors:
            if isinstance(item, dict):
                yield from _from_error_object(item, status)
    elif isinstance(errors, dict):
        for path, message in _flatten(errors, ()):
            yield ErrorDetail(detail=message, status=status, field=".".join(path))
    elif isinstance(body.get("error"), str):
        code = body.get("status")
        yield ErrorDetail(detail=body["error"], status=code if isinstance(code, int) else status)
    elif isinstance(body.get("message"), str):
        yield ErrorDetail(detail=body["message"], status=status)


def _from_error_object(item: dict[str, Any], status: int) -> Iterator[ErrorDetail]:
    code = item.get("status")
    code = int(code) if isinstance(code, (int, str)) and str(code).isdigit() else status
    title = item.get("title") if isinstance(item.get("title"), str) else None
    raw_source = item.get("source")
    source: dict[str, Any] = raw_source if isinstance(raw_source, dict) else {}
    raw_pointer = source.get("pointer")
    pointer = raw_pointer if isinstance(raw_pointer, str) else None
    text = item.get("detail")
    yield ErrorDetail(
        detail=str(text) if text is not None else (title or ""),
        title=title,
        status=code,
        pointer=pointer,
    )
    # Failed saves name attributes in `source`: {"name": "can't be blank"}.
    for key, value in source.items():
        if key != "pointer":
            for message in value if isinstance(value, list) else [value]:
                yield ErrorDetail(detail=str(message), title=title, status=code, field=key)


def _flatten(tree: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from _flatten(value, (*path, str(key)))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            if isinstance(value, (dict, list)):
                yield from _flatten(value, (*path, str(index)))
            else:
                yield path, str(value)
    elif tree is not None:
        yield path, str(tree)
