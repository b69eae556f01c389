"""The operations of openapi.yaml: operationId, method and path template, and URL matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .config import SPEC

METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def matches(self, method: str, path: str) -> bool:
        return method.upper() == self.method and bool(_pattern(self.path).match(path))


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{regex}/?$")


@cache
def load(spec: Path = SPEC) -> tuple[Operation, ...]:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    found = []
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                found.append(Operation(item[method]["operationId"], method.upper(), path))
    return tuple(found)


def by_label(label: str) -> Operation | None:
    """The operation schemathesis names `METHOD /path/{template}`."""
    return next((op for op in load() if op.label == label), None)


def by_request(method: str, path: str) -> Operation | None:
    """The operation a concrete request (method, URL path) was sent to."""
    exact = [op for op in load() if op.matches(method, path)]
    # Literal segments win over templates (`/syncs/configurations` over `/syncs/{id}`).
    exact.sort(key=lambda op: op.path.count("{"))
    return exact[0] if exact else None
