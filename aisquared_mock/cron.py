"""Enough of a cron parser to tell valid five/six-field expressions from junk."""

from __future__ import annotations

import re

_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6,
}  # fmt: skip
_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))
_MACROS = {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"}
_ITEM = re.compile(r"^(\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:/(\d+))?$")


def _value(text: str, low: int, high: int) -> bool:
    number = _NAMES.get(text) if not text.isdigit() else int(text)
    return number is not None and low <= number <= high


def _field(text: str, low: int, high: int) -> bool:
    for item in text.lower().split(","):
        match = _ITEM.match(item)
        if match is None:
            return False
        base, step = match.groups()
        if step is not None and int(step) == 0:
            return False
        if base == "*":
            continue
        bounds = base.split("-")
        if not all(_value(b, low, high) for b in bounds):
            return False
    return True


def is_valid(expression: str) -> bool:
    text = expression.strip()
    if text.lower() in _MACROS:
        return True
    fields = text.split()
    if len(fields) == 6:  # leading seconds field
        if not _field(fields[0], 0, 59):
            return False
        fields = fields[1:]
    if len(fields) != 5:
        return False
    return all(_field(f, low, high) for f, (low, high) in zip(fields, _RANGES, strict=True))
