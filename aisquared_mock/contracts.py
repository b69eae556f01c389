"""A small stand-in for the server's dry-validation contracts (§0.6).

`check(data, fields)` applies dry-schema's basic rules and messages (`is missing`,
`must be filled`, `must be an integer`, ...) and returns the errors plus the coerced
values of the keys that passed, so per-operation rules can run on those only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_INT_RE = re.compile(r"^[+-]?\d+$")
_EMPTY: tuple[Any, ...] = (None, "", {}, [])

Errors = dict[str, Any]


@dataclass(frozen=True)
class F:
    """One contract key: kind is int | str | hash | bool | any."""

    key: str
    kind: str
    required: bool = True
    filled: bool = True
    maybe: bool = False


INT64_MAX = 2**63 - 1


def as_int(value: Any) -> int | None:
    """Params-style integer coercion: ints, integral floats (``9.0``) and numeric strings.

    The server's params coercion (``Integer(value)``) also truncates ``9.5``; the spec says
    ``type: integer``, under which ``9.0`` is an integer and ``9.5`` is not, so the mock
    refuses the latter. Integers beyond SQLite's 64-bit range are clamped (they can name no
    record).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and _INT_RE.match(value) and len(value) <= 4300:
        value = int(value)
    if isinstance(value, int):
        return max(-INT64_MAX - 1, min(INT64_MAX, value))
    return None


def parse_int(value: str) -> int | None:
    """Exact integer value of a numeric string (no clamping)."""
    return int(value) if _INT_RE.match(value) and len(value) <= 4300 else None


def to_int(value: Any) -> int:
    """`as_int` for values a contract already accepted as integers."""
    number = as_int(value)
    if number is None:
        raise ValueError(f"invalid value for Integer(): {value!r}")
    return number


def _typed(kind: str, value: Any) -> tuple[bool, Any, str]:
    if kind == "int":
        number = as_int(value)
        return number is not None, number, "must be an integer"
    if kind == "str":
        return isinstance(value, str), value, "must be a string"
    if kind == "hash":
        return isinstance(value, dict), value, "must be a hash"
    if kind == "bool":
        if isinstance(value, bool):
            return True, value, ""
        if value in ("true", "1"):
            return True, True, ""
        if value in ("false", "0"):
            return True, False, ""
        return False, None, "must be boolean"
    return True, value, ""


def check(data: dict[str, Any], fields: list[F]) -> tuple[Errors, dict[str, Any]]:
    errors: Errors = {}
    ok: dict[str, Any] = {}
    for f in fields:
        if f.key not in data:
            if f.required:
                errors[f.key] = ["is missing"]
            continue
        value = data[f.key]
        if f.maybe and value in (None, ""):
            ok[f.key] = None
            continue
        if f.filled and (value is None or (isinstance(value, str | dict | list) and not value)):
            errors[f.key] = ["must be filled"]
            continue
        good, coerced, message = _typed(f.kind, value)
        if not good:
            errors[f.key] = [message]
            continue
        ok[f.key] = coerced
    return errors, ok


def add(errors: Errors, key: str, message: str) -> None:
    errors.setdefault(key, []).append(message)


def nest(errors: Errors, wrapper: str, inner: Errors | list[str]) -> None:
    """Put `inner` (a wrapper's own errors) under `wrapper`."""
    if inner:
        errors[wrapper] = inner
