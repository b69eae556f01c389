"""Binds the operations of openapi.yaml to handlers and builds the Starlette routes.

Everything derived from the spec (paths, methods, parameter types, enums) is resolved
once at start-up into `Operation` objects; requests never touch the spec again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from starlette.responses import Response

    from .context import Ctx

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
DEFAULT_SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"

Handler = Callable[["Ctx"], "Response"]
Contract = Callable[["Ctx"], dict[str, Any]]


@dataclass(frozen=True)
class Param:
    """One query or path parameter, reduced to what validation needs."""

    name: str
    location: str
    required: bool
    type: str  # integer | string | boolean | array | object | "" (untyped)
    enum: tuple[Any, ...] | None = None
    minimum: float | None = None
    nullable: bool = False
    maximum: float | None = None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # as written in the spec
    params: tuple[Param, ...]
    body_required: bool

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def query_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "query")

    @property
    def is_list(self) -> bool:
        return any(p.name == "page" for p in self.query_params)


@dataclass
class Binding:
    handler: Handler
    contract: Contract | None = None
    wrapper: str | None = None  # Rails params-wrapper key (body wrapping, §0.9)


@dataclass
class Registry:
    bindings: dict[str, Binding] = field(default_factory=dict)

    def handles(
        self, operation_id: str, *, contract: Contract | None = None, wrapper: str | None = None
    ) -> Callable[[Handler], Handler]:
        """Decorator binding a handler (and its request contract) to one operationId."""

        def register(func: Handler) -> Handler:
            if operation_id in self.bindings:
                raise ValueError(f"two handlers for operation {operation_id}")
            self.bindings[operation_id] = Binding(func, contract, wrapper)
            return func

        return register


REGISTRY = Registry()
handles = REGISTRY.handles


class SpecBindingError(RuntimeError):
    """The spec's operations and the registered handlers do not match one to one."""


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecBindingError(f"unsupported $ref {ref!r}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        seen += 1
        if seen > 50:
            raise SpecBindingError(f"$ref loop at {ref}")
    return node


def _schema_facts(
    spec: dict[str, Any], schema: Any
) -> tuple[str, tuple[Any, ...] | None, float | None, bool]:
    schema = _resolve(spec, schema or {})
    nullable = bool(schema.get("nullable"))
    typ = schema.get("type", "")
    if isinstance(typ, list):
        nullable = nullable or "null" in typ
        rest = [t for t in typ if t != "null"]
        typ = rest[0] if rest else ""
    if not typ:
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key, []):
                sub_typ, sub_enum, sub_min, sub_null = _schema_facts(spec, sub)
                if sub_typ:
                    return sub_typ, sub_enum, sub_min, nullable or sub_null
    enum = tuple(schema["enum"]) if "enum" in schema else None
    if enum is None and "const" in schema:
        enum = (schema["const"],)
    minimum = schema.get("minimum")
    if "exclusiveMinimum" in schema and isinstance(schema["exclusiveMinimum"], int | float):
        minimum = schema["exclusiveMinimum"] + 1
    return str(typ), enum, minimum, nullable


INT_RANGES: dict[str, tuple[float | None, float | None]] = {
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
}


def _bounds(
    spec: dict[str, Any], schema: Any, minimum: float | None
) -> tuple[float | None, float | None]:
    """Lower and upper bound from `minimum`/`maximum` and the integer `format`."""
    schema = _resolve(spec, schema or {})
    low, high = INT_RANGES.get(schema.get("format", ""), (None, None))
    if minimum is not None:
        low = minimum if low is None else max(low, minimum)
    if "maximum" in schema:
        high = schema["maximum"] if high is None else min(high, schema["maximum"])
    return low, high


def load_operations(spec_path: Path | str) -> list[Operation]:
    """Every operation of the spec, with parameter facts resolved."""
    spec = yaml.safe_load(Path(spec_path).read_text(encoding="utf-8"))
    ops: list[Operation] = []
    for path, item in (spec.get("paths") or {}).items():
        item = _resolve(spec, item)
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            op_id = op.get("operationId")
            if not op_id:
                raise SpecBindingError(f"{method.upper()} {path} has no operationId")
            merged: dict[tuple[str, str], Param] = {}
            for raw in [*shared, *op.get("parameters", [])]:
                p = _resolve(spec, raw)
                if p.get("in") not in ("path", "query"):
                    continue
                typ, enum, minimum, nullable = _schema_facts(spec, p.get("schema"))
                low, high = _bounds(spec, p.get("schema"), minimum)
                merged[(p["in"], p["name"])] = Param(
                    p["name"], p["in"], bool(p.get("required")), typ, enum, low, nullable, high
                )
            body = _resolve(spec, op.get("requestBody") or {})
            ops.append(
                Operation(
                    op_id, method.upper(), path, tuple(merged.values()), bool(body.get("required"))
                )
            )
    return ops


def check_bindings(ops: list[Operation], registry: Registry) -> None:
    """Refuse to start unless spec operations and handlers match one to one."""
    spec_ids = {op.operation_id for op in ops}
    missing = sorted(spec_ids - registry.bindings.keys())
    extra = sorted(registry.bindings.keys() - spec_ids)
    problems = []
    if missing:
        problems.append("spec operations without a handler: " + ", ".join(missing))
    if extra:
        problems.append("handlers for operations not in the spec: " + ", ".join(extra))
    if problems:
        raise SpecBindingError("; ".join(problems))


_PARAM_RE = re.compile(r"\{([^}/]+)\}")


def starlette_path(spec_path: str) -> str:
    """`/syncs/{sync_id}` is already Starlette syntax; path params stay strings."""
    return _PARAM_RE.sub(lambda m: "{" + m.group(1) + "}", spec_path)


def route_order(spec_path: str) -> tuple[int, ...]:
    """Sort key putting literal segments before templated ones, segment by segment."""
    return tuple(1 if seg.startswith("{") else 0 for seg in spec_path.strip("/").split("/"))
