"""Read schemathesis' NDJSON event stream into per-operation results."""

from __future__ import annotations

import base64
import json
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import operations
from .config import TOKEN_VAR


@dataclass
class Failure:
    check: str
    title: str
    message: str
    status: int | None
    curl: str
    phase: str


@dataclass
class OperationResult:
    name: str  # operationId, or schemathesis' label for requests outside the spec
    label: str
    cases: int = 0
    failures: list[Failure] = field(default_factory=list)
    seen: set[tuple[str, str, str]] = field(default_factory=set)

    def add_failure(self, failure: Failure) -> None:
        """Keep one failure per (check, title, message): shrinking repeats them."""
        key = (failure.check, failure.title, failure.message)
        if key not in self.seen:
            self.seen.add(key)
            self.failures.append(failure)


@dataclass
class RunResults:
    operations: dict[str, OperationResult] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    created: list[tuple[str, str]] = field(default_factory=list)  # (operationId, id) of 201s
    finished: bool = False

    @property
    def failure_count(self) -> int:
        return sum(len(r.failures) for r in self.operations.values())

    @property
    def case_count(self) -> int:
        return sum(r.cases for r in self.operations.values())

    def entry(self, name: str, label: str) -> OperationResult:
        return self.operations.setdefault(name, OperationResult(name, label))


def _decode(body: Any) -> str | None:
    if body is None:
        return None
    if isinstance(body, dict) and "$base64" in body:
        return base64.b64decode(body["$base64"]).decode("utf-8", errors="replace")
    return body if isinstance(body, str) else json.dumps(body)


def _created_id(response: dict[str, Any]) -> str | None:
    """`data.id` of a 201 body: what a write run has to delete afterwards."""
    try:
        body = json.loads(_decode(response.get("content")) or "")
    except ValueError:
        return None
    data = body.get("data") if isinstance(body, dict) else None
    value = data.get("id") if isinstance(data, dict) else None
    return str(value) if value is not None else None


def curl(request: dict[str, Any]) -> str:
    """A shell-safe curl line; the token is referenced as $AISQUARED_API_TOKEN, never shown."""
    parts = ["curl", "-X", request.get("method", "GET")]
    for name, values in (request.get("headers") or {}).items():
        for value in values if isinstance(values, list) else [values]:
            if name.lower() == "authorization":
                parts.append(f'-H "Authorization: Bearer ${TOKEN_VAR}"')
            else:
                parts.append("-H " + shlex.quote(f"{name}: {value}"))
    body = _decode(request.get("body"))
    if body is not None:
        parts.append("-d " + shlex.quote(body))
    parts.append(shlex.quote(request.get("uri", "")))
    return " ".join(parts)


def _failure_text(check: dict[str, Any]) -> tuple[str, str]:
    info = check.get("failure_info") or {}
    failure = info.get("failure", info) if isinstance(info, dict) else {}
    title = str(failure.get("title") or check.get("name"))
    code = failure.get("code")
    message = str(failure.get("message") or "")
    return (f"{code} {title}" if code else title), message


def _operation_of(case: dict[str, Any], label: str) -> tuple[str, str]:
    value = case.get("value", {})
    method, path = value.get("method", ""), value.get("path", "")
    op = operations.by_label(f"{method} {path}") or operations.by_label(label)
    if op is not None:
        return op.operation_id, op.label
    return (f"{method} {path}".strip() or label), (f"{method} {path}".strip() or label)


def add_scenario(results: RunResults, event: dict[str, Any]) -> list[OperationResult]:
    """Fold one ScenarioFinished event in; return the operations it touched."""
    recorder = event.get("recorder", {})
    label = recorder.get("label", "")
    phase = str(event.get("phase") or "")
    touched: dict[str, OperationResult] = {}
    interactions = recorder.get("interactions", {})
    for case_id, case in recorder.get("cases", {}).items():
        name, op_label = _operation_of(case, label)
        entry = results.entry(name, op_label)
        touched[name] = entry
        entry.cases += 1
        interaction = interactions.get(case_id) or {}
        response = interaction.get("response") or {}
        status = response.get("status_code")
        if isinstance(status, int):
            results.statuses[status] = results.statuses.get(status, 0) + 1
        if status == 201:
            created = _created_id(response)
            if created is not None:
                results.created.append((name, created))
        for check in recorder.get("checks", {}).get(case_id, []):
            if check.get("status") != "failure":
                continue
            title, message = _failure_text(check)
            request = interaction.get("request") or {}
            entry.add_failure(
                Failure(str(check.get("name")), title, message, status, curl(request), phase)
            )
    return list(touched.values())


def events(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(event name, payload) for each complete line of an NDJSON file."""
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            if line.endswith("\n"):
                yield next(iter(json.loads(line).items()))


def fold(results: RunResults, name: str, payload: dict[str, Any]) -> list[OperationResult]:
    """Apply one event; return the operations whose scenario just finished."""
    if name == "ScenarioFinished":
        return add_scenario(results, payload)
    if name == "NonFatalError":
        info = payload.get("value") or payload.get("error") or {}
        label = payload.get("label", "")
        results.errors.append(
            f"{label}: {info.get('message', info) if isinstance(info, dict) else info}"
        )
    elif name == "FatalError":
        results.errors.append(f"fatal: {payload.get('exception', payload)}")
    elif name == "EngineFinished":
        results.finished = True
    return []


def parse(path: Path) -> RunResults:
    results = RunResults()
    if path.exists():
        for name, payload in events(path):
            fold(results, name, payload)
    return results
