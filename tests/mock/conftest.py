"""Shared fixtures: a fresh demo database per test and a client that validates every
response against openapi.yaml (status documented, body valid) and refuses any 5xx."""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from starlette.applications import Starlette

from aisquared_mock import create_app
from aisquared_mock.routing import Operation, load_operations

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from starlette.testclient import TestClient  # noqa: E402

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
OPERATIONS = load_operations(SPEC)
BASE = "http://www.example.com"
ADMIN, MEMBER, VIEWER, OTHER = (
    "demo-admin-token",
    "demo-member-token",
    "demo-viewer-token",
    "demo-other-admin-token",
)


def _matcher(op: Operation) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
    return re.compile(f"^{pattern}$")


_MATCHERS = [(op, _matcher(op)) for op in sorted(OPERATIONS, key=lambda o: "{" in o.path)]


def operation_for(method: str, path: str) -> Operation | None:
    method = "PUT" if method == "PATCH" else method
    for op, rx in _MATCHERS:
        if op.method == method and rx.match(path):
            return op
    return None


@pytest.fixture(scope="session")
def spec_schema() -> Any:
    return schemathesis.openapi.from_path(str(SPEC))


class CheckedClient:
    """Sends authenticated requests; every answer is checked against the spec."""

    def __init__(self, app: Starlette, schema: Any) -> None:
        self.app = app
        self.schema = schema
        self.http = TestClient(app, base_url=BASE, raise_server_exceptions=True)

    def request(
        self,
        method: str,
        url: str,
        *,
        token: str | None = ADMIN,
        workspace: str | None = "1",
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        sent: dict[str, str] = {}
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        if workspace is not None:
            sent["Workspace-Id"] = workspace
        sent.update(headers or {})
        response: httpx.Response = self.http.request(method, url, headers=sent, **kwargs)
        self.check(method, response)
        return response

    def check(self, method: str, response: httpx.Response) -> None:
        assert response.status_code < 500, response.text
        op = operation_for(method, response.request.url.path)
        if op is None:  # no such route: Rails' generic 404
            assert response.status_code == 404
            assert response.json() == {"status": 404, "error": "Not Found"}
            return
        operation = self.schema.find_operation_by_id(op.operation_id)
        documented = set(operation.definition.raw["responses"])
        assert str(response.status_code) in documented, (op.operation_id, response.status_code)
        if response.status_code != 204:
            assert response.headers["content-type"].startswith("application/json")
        operation.validate_response(response)

    def get(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("POST", url, **kw)

    def put(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("PUT", url, **kw)

    def delete(self, url: str, **kw: Any) -> httpx.Response:
        return self.request("DELETE", url, **kw)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo dataset loaded once; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    app = create_app(db=str(path), run_step_seconds=0)
    app.state.mock.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    app.state.mock.db.close()
    return path


@pytest.fixture
def demo_db(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def app(demo_db: Path) -> Iterator[Starlette]:
    application = create_app(db=str(demo_db), run_step_seconds=0)
    yield application
    application.state.mock.db.close()


@pytest.fixture
def client(app: Starlette, spec_schema: Any) -> CheckedClient:
    return CheckedClient(app, spec_schema)


def make_client(spec_schema: Any, **options: Any) -> CheckedClient:
    return CheckedClient(create_app(**options), spec_schema)


def detail(response: httpx.Response) -> str:
    return str(response.json()["errors"][0]["detail"])
