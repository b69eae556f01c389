"""Fixture files (YAML or JSON): validated completely, then loaded in one transaction.

A malformed file raises `FixtureError` naming the bad path, e.g.
`fixtures.yaml: syncs[2].model_id: 99 is not a known model id`, before the database is
touched. With no file, the packaged demo dataset (`demo_fixtures.yaml`) is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import yaml

from . import definitions, discovery
from .db import Database, dumps, iso_from_epoch
from .demo_data import default_stamp, generated_records, outcome_counts
from .fixture_schema import FIXTURE_SCHEMA
from .runs import insert_records

BASE_TIME = "2024-01-08T01:47:34.000Z"
DEMO_NAME = "demo_fixtures.yaml"


class FixtureError(ValueError):
    """The fixtures file is malformed; the message names the file and the path."""


def _path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def read_fixtures(source: str | Path | None) -> tuple[str, dict[str, Any]]:
    """Parse and validate a fixtures file (or the demo dataset); nothing is written."""
    if source is None:
        name = DEMO_NAME
        text = resources.files(__package__).joinpath(DEMO_NAME).read_text(encoding="utf-8")
    else:
        name = Path(source).name
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FixtureError(f"{name}: cannot read: {exc}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FixtureError(f"{name}: not valid YAML/JSON: {exc}") from exc
    validator = jsonschema.Draft202012Validator(FIXTURE_SCHEMA)
    problems = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if problems:
        first = problems[0]
        raise FixtureError(f"{name}: {_path(first.absolute_path)}: {first.message}")
    _check_references(name, data)
    return name, data


def _check_references(name: str, data: dict[str, Any]) -> None:
    known: dict[str, set[int]] = {}

    def ids(table: str) -> set[int]:
        seen: set[int] = set()
        for i, item in enumerate(data.get(table) or []):
            if item["id"] in seen:
                raise FixtureError(f"{name}: {table}[{i}].id: {item['id']} is a duplicate id")
            seen.add(item["id"])
        known[table] = seen
        return seen

    def ref(table: str, i: int, key: str, target: str, label: str) -> None:
        value = data[table][i][key]
        if value not in known[target]:
            raise FixtureError(f"{name}: {table}[{i}].{key}: {value} is not a known {label} id")

    for table in ("workspaces", "users", "connectors", "models", "syncs", "sync_runs"):
        ids(table)
    tokens: set[str] = set()
    for i, user in enumerate(data["users"]):
        for j, member in enumerate(user["memberships"]):
            if member["workspace_id"] not in known["workspaces"]:
                raise FixtureError(
                    f"{name}: users[{i}].memberships[{j}].workspace_id: "
                    f"{member['workspace_id']} is not a known workspace id"
                )
        for j, token in enumerate(user["tokens"]):
            if token in tokens:
                raise FixtureError(f"{name}: users[{i}].tokens[{j}]: duplicate token")
            tokens.add(token)
    for i, conn in enumerate(data.get("connectors") or []):
        ref("connectors", i, "workspace_id", "workspaces", "workspace")
        if definitions.find(conn["connector_type"], conn["connector_name"]) is None:
            raise FixtureError(
                f"{name}: connectors[{i}].connector_name: {conn['connector_name']!r} is not an "
                f"enabled {conn['connector_type']} connector"
            )
    for i, _ in enumerate(data.get("models") or []):
        ref("models", i, "connector_id", "connectors", "connector")
    for i, _ in enumerate(data.get("syncs") or []):
        ref("syncs", i, "source_id", "connectors", "connector")
        ref("syncs", i, "destination_id", "connectors", "connector")
        ref("syncs", i, "model_id", "models", "model")
    for i, _ in enumerate(data.get("sync_runs") or []):
        ref("sync_runs", i, "sync_id", "syncs", "sync")


def load_fixtures(
    db: Database, fixtures: tuple[str, dict[str, Any]], clock: Callable[[], float]
) -> None:
    """Create the schema and insert a validated dataset, all in one transaction."""
    _, data = fixtures
    with db.transaction() as conn:
        for statement in db.schema_statements():
            conn.execute(statement)
        _insert(db, data)
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('loaded', ?)",
            (iso_from_epoch(clock()),),
        )


def _stamps(item: dict[str, Any], offset: int) -> tuple[str, str]:
    created = item.get("created_at") or default_stamp(BASE_TIME, offset)
    return created, item.get("updated_at") or created


def _insert(db: Database, data: dict[str, Any]) -> None:
    conn = db.conn
    conn.executemany(
        "INSERT INTO workspaces (id, name) VALUES (?, ?)",
        [(w["id"], w["name"]) for w in data["workspaces"]],
    )
    for user in data["users"]:
        conn.execute("INSERT INTO users (id, email) VALUES (?, ?)", (user["id"], user["email"]))
        conn.executemany(
            "INSERT INTO tokens (token, user_id) VALUES (?, ?)",
            [(t, user["id"]) for t in user["tokens"]],
        )
        conn.executemany(
            "INSERT INTO memberships (user_id, workspace_id, role) VALUES (?, ?, ?)",
            [(user["id"], m["workspace_id"], m["role"]) for m in user["memberships"]],
        )
    workspace_of: dict[str, dict[int, int]] = {"connectors": {}, "models": {}, "syncs": {}}
    for c in data.get("connectors") or []:
        created, updated = _stamps(c, c["id"])
        category, sub = definitions.derived_categories(
            c["connector_type"], c["connector_name"], c["configuration"]
        )
        workspace_of["connectors"][c["id"]] = c["workspace_id"]
        rows = c.get("rows")
        db.insert(
            "connectors",
            {
                "id": c["id"],
                "workspace_id": c["workspace_id"],
                "name": c["name"],
                "description": c.get("description"),
                "connector_type": c["connector_type"],
                "connector_name": c["connector_name"],
                "configuration": dumps(c["configuration"]),
                "category": c.get("category", category),
                "sub_category": c.get("sub_category", sub),
                "source_rows": None if rows is None else dumps(rows),
                "created_at": created,
                "updated_at": updated,
            },
        )
        if "catalog" in c:
            catalog = c["catalog"]
            if catalog == "discover":
                catalog = discovery.discover(
                    c["connector_type"], c["connector_name"], rows or discovery.default_rows()
                )
            db.insert(
                "catalogs",
                {
                    "workspace_id": c["workspace_id"],
                    "connector_id": c["id"],
                    "catalog": dumps(catalog),
                    "catalog_hash": discovery.catalog_hash(catalog),
                    "created_at": created,
                    "updated_at": updated,
                },
            )
    for m in data.get("models") or []:
        created, updated = _stamps(m, 100 + m["id"])
        ws = workspace_of["connectors"][m["connector_id"]]
        workspace_of["models"][m["id"]] = ws
        config = m.get("configuration")
        db.insert(
            "models",
            {
                "id": m["id"],
                "workspace_id": ws,
                "connector_id": m["connector_id"],
                "name": m["name"],
                "description": m.get("description"),
                "query": m.get("query"),
                "query_type": m["query_type"],
                "configuration": None if config is None else dumps(config),
                "primary_key": m.get("primary_key"),
                "created_at": created,
                "updated_at": updated,
            },
        )
    for s in data.get("syncs") or []:
        created, updated = _stamps(s, 200 + s["id"])
        ws = workspace_of["models"][s["model_id"]]
        workspace_of["syncs"][s["id"]] = ws
        db.insert(
            "syncs",
            {
                "id": s["id"],
                "workspace_id": ws,
                "source_id": s["source_id"],
                "destination_id": s["destination_id"],
                "model_id": s["model_id"],
                "configuration": dumps(s["configuration"]),
                "schedule_type": s["schedule_type"],
                "sync_mode": s.get("sync_mode"),
                "sync_interval": s.get("sync_interval"),
                "sync_interval_unit": s.get("sync_interval_unit"),
                "cron_expression": s.get("cron_expression"),
                "stream_name": s["stream_name"],
                "status": s.get("status", "pending"),
                "cursor_field": s.get("cursor_field"),
                "current_cursor_field": s.get("current_cursor_field"),
                "discarded_at": updated if s.get("discarded") else None,
                "created_at": created,
                "updated_at": updated,
            },
        )
    for r in data.get("sync_runs") or []:
        _insert_run(db, r, workspace_of["syncs"][r["sync_id"]])


def _insert_run(db: Database, r: dict[str, Any], workspace_id: int) -> None:
    created, updated = _stamps(r, 300 + r["id"])
    generate = int(r.get("generate_records", 0))
    explicit = r.get("records") or []
    counts = outcome_counts(generate)
    for rec in explicit:
        status = rec.get("status", "pending")
        counts[status] = counts.get(status, 0) + 1
    total = generate + len(explicit)
    db.insert(
        "sync_runs",
        {
            "id": r["id"],
            "sync_id": r["sync_id"],
            "workspace_id": workspace_id,
            "status": r["status"],
            "sync_run_type": r.get("sync_run_type", "general"),
            "started_at": r.get("started_at"),
            "finished_at": r.get("finished_at"),
            "duration": _duration(r.get("started_at"), r.get("finished_at")),
            "total_query_rows": r.get("total_query_rows", total),
            "total_rows": r.get("total_rows", total),
            "successful_rows": r.get("successful_rows", counts["success"]),
            "failed_rows": r.get("failed_rows", counts["failed"]),
            "skipped_rows": r.get("skipped_rows", 0),
            "error": r.get("error"),
            "created_at": created,
            "updated_at": updated,
        },
    )
    if generate:
        insert_records(db.conn, generated_records(r["sync_id"], r["id"], generate, created))
    rows = []
    for i, rec in enumerate(explicit):
        stamp = rec.get("created_at") or default_stamp(created, i)
        logs = rec.get("logs")
        rows.append(
            (
                r["sync_id"],
                r["id"],
                dumps(rec["record"]),
                rec.get("status", "pending"),
                rec.get("action", "destination_insert"),
                None if logs is None else dumps(logs),
                stamp,
                stamp,
            )
        )
    insert_records(db.conn, rows)


def _duration(started: str | None, finished: str | None) -> float | None:
    if not started or not finished:
        return None
    from .db import epoch

    return round(epoch(finished) - epoch(started), 3)
