"""Spec change governance: diff classification, version rule, release notes, git BASE."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
FIXTURES = Path(__file__).parent / "fixtures" / "spec_diff"
sys.path.insert(0, str(SCRIPTS))

from specdiff import Change, Kind, diff_specs  # noqa: E402
from specdiff.bumpcheck import check_bump  # noqa: E402
from specdiff.changelog import render_section, upsert_section  # noqa: E402
from specdiff.model import Bump  # noqa: E402

LIST = "GET /api/v1/syncs/{sync_id}/sync_runs"
ONE = "GET /api/v1/sync_runs/{run_id}"
ATTRS = f"{LIST} 200 data[].attributes"


def load(name: str, version: str | None = None) -> dict[str, Any]:
    """A fixture spec, optionally with another info.version."""
    spec: dict[str, Any] = yaml.safe_load((FIXTURES / f"{name}.yaml").read_text())
    if version:
        spec["info"]["version"] = version
    return spec


def described(changes: list[Change]) -> list[tuple[Kind, str]]:
    return [(change.kind, change.describe()) for change in changes]


# case -> every change expected against base.yaml
EXPECTED: dict[str, list[tuple[Kind, str]]] = {
    "field_removed": [
        (Kind.BREAKING, f"{ATTRS}.rows: field removed"),
        (Kind.BREAKING, f"{ONE} 200 data.attributes.rows: field removed"),
    ],
    "enum_narrowed": [
        (Kind.BREAKING, f"{ATTRS}.status: enum value 'paused' removed"),
        (Kind.BREAKING, f"{ONE} 200 data.attributes.status: enum value 'paused' removed"),
    ],
    "enum_widened": [
        (Kind.ADDED, f"{ATTRS}.status: enum value 'failed' added"),
        (Kind.ADDED, f"{ONE} 200 data.attributes.status: enum value 'failed' added"),
    ],
    "optional_param_added": [(Kind.ADDED, f"{LIST} query per_page: new optional parameter")],
    "required_param_added": [(Kind.BREAKING, f"{LIST} query workspace_id: new required parameter")],
    "response_code_removed": [(Kind.BREAKING, f"{LIST} 404: response removed")],
    "type_changed": [
        (Kind.BREAKING, f"{ATTRS}.rows: type changed from 'integer' to 'string'"),
        (Kind.BREAKING, f"{ONE} 200 data.attributes.rows: type changed from 'integer' to 'string'"),
    ],
    "format_changed": [
        (Kind.BREAKING, f"{ATTRS}.started_at: format changed from 'date-time' to 'date'"),
        (
            Kind.BREAKING,
            f"{ONE} 200 data.attributes.started_at: format changed from 'date-time' to 'date'",
        ),
    ],
    "nullable_removed": [
        (Kind.BREAKING, f"{ATTRS}.error: no longer nullable"),
        (Kind.BREAKING, f"{ONE} 200 data.attributes.error: no longer nullable"),
    ],
    "operation_removed": [(Kind.BREAKING, f"{ONE}: operation removed")],
    "operation_added": [(Kind.ADDED, "GET /api/v1/models: operation added")],
    "description_only": [
        (Kind.DOCS, f"{LIST}: summary changed"),
        (Kind.DOCS, f"{LIST} 200: description changed"),
        (Kind.DOCS, f"{ATTRS}.rows: description changed"),
        (Kind.DOCS, f"{ONE} 200 data.attributes.rows: description changed"),
    ],
    "ref_component_changed": [
        (Kind.BREAKING, f"{LIST} 200 data[].id: type changed from 'string' to 'integer'"),
        (Kind.BREAKING, f"{ONE} 200 data.id: type changed from 'string' to 'integer'"),
    ],
}


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_fixture_classification(case: str) -> None:
    assert sorted(described(diff_specs(load("base"), load(case)))) == sorted(EXPECTED[case])


# (case, new info.version, passes, text the verdict must name)
VERDICTS = [
    ("field_removed", "1.5.0", False, "data[].attributes.rows: field removed"),
    ("field_removed", "2.0.0", True, "major"),
    ("enum_narrowed", "1.5.0", False, "enum value 'paused' removed"),
    ("enum_widened", "1.5.0", True, "minor"),
    ("enum_widened", "1.4.1", False, "enum value 'failed' added"),
    ("optional_param_added", "1.5.0", True, "minor"),
    ("optional_param_added", "1.4.1", False, "query per_page: new optional parameter"),
    ("required_param_added", "1.5.0", False, "query workspace_id: new required parameter"),
    ("required_param_added", "2.0.0", True, "major"),
    ("response_code_removed", "1.4.1", False, "404: response removed"),
    ("type_changed", "1.5.0", False, "rows: type changed"),
    ("format_changed", "1.5.0", False, "started_at: format changed"),
    ("nullable_removed", "1.5.0", False, "error: no longer nullable"),
    ("operation_removed", "1.5.0", False, f"{ONE}: operation removed"),
    ("operation_added", "1.5.0", True, "minor"),
    ("operation_added", "1.4.0", False, "GET /api/v1/models: operation added"),
    ("description_only", "1.4.1", True, "patch"),
    ("description_only", "1.4.0", False, "summary changed"),
    ("ref_component_changed", "1.5.0", False, "data[].id: type changed"),
    ("base", "1.4.0", True, "no API changes"),
]


@pytest.mark.parametrize(("case", "version", "passes", "mentions"), VERDICTS)
def test_version_verdict(case: str, version: str, passes: bool, mentions: str) -> None:
    verdict = check_bump(load("base"), load(case, version))
    assert verdict.ok is passes
    assert mentions in "\n".join(verdict.lines)


def test_failure_lists_only_changes_beyond_the_bump() -> None:
    spec = load("enum_narrowed", "1.5.0")
    spec["paths"]["/api/v1/models"] = load("operation_added")["paths"]["/api/v1/models"]
    verdict = check_bump(load("base"), spec)
    text = "\n".join(verdict.lines)
    assert not verdict.ok and verdict.required is Bump.MAJOR and verdict.actual is Bump.MINOR
    assert "at least 2.0.0" in text and "operation added" not in text


def test_no_base_spec_passes() -> None:
    assert check_bump(None, load("base")).ok
    assert {c.kind for c in diff_specs(None, load("base"))} == {Kind.ADDED}


def test_unparsable_version_fails() -> None:
    verdict = check_bump(load("base"), load("operation_added", "next"))
    assert not verdict.ok and "not a semantic version" in verdict.lines[0]


def _with_body(schema: dict[str, Any], required: bool = True) -> dict[str, Any]:
    spec = load("base")
    body = {"required": required, "content": {"application/json": {"schema": schema}}}
    spec["paths"]["/api/v1/models"] = {
        "post": {
            "operationId": "createModel",
            "requestBody": body,
            "responses": {"201": {"description": "ok"}},
        }
    }
    return spec


MODEL = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "note": {"type": ["string", "null"]}},
}


def _request_change(mutate: Any) -> list[tuple[Kind, str]]:
    new = copy.deepcopy(MODEL)
    mutate(new)
    return described(diff_specs(_with_body(MODEL), _with_body(new)))


def test_request_fields() -> None:
    op = "POST /api/v1/models request"
    assert _request_change(lambda s: s["properties"].pop("note")) == [
        (Kind.BREAKING, f"{op} note: request field removed")
    ]
    assert _request_change(lambda s: s["properties"].update(tag={"type": "string"})) == [
        (Kind.ADDED, f"{op} tag: new optional request field")
    ]
    assert _request_change(lambda s: s["required"].append("note")) == [
        (Kind.BREAKING, f"{op} note: optional request field made required")
    ]
    assert _request_change(lambda s: s["properties"].update(note={"type": "string"})) == [
        (Kind.BREAKING, f"{op} note: no longer accepts null")
    ]
    assert _request_change(lambda s: s["properties"]["name"].update(type=["string", "null"])) == [
        (Kind.ADDED, f"{op} name: now accepts null")
    ]


def test_conditional_request_rules() -> None:
    op = "POST /api/v1/models request"
    rule = {"if": {"required": ["kind"]}, "then": {"required": ["note"]}}

    assert _request_change(lambda s: s.update(allOf=[rule])) == [
        (Kind.BREAKING, f"{op}: conditional rules (if/then/else/not) added")
    ]
    assert _request_change(lambda s: s["properties"]["name"].update(**{"not": {"const": ""}})) == [
        (Kind.BREAKING, f"{op} name: conditional rules (if/then/else/not) added")
    ]
    relaxed = described(diff_specs(_with_body({**MODEL, "allOf": [rule]}), _with_body(MODEL)))
    assert relaxed == [(Kind.CHANGED, f"{op}: conditional rules (if/then/else/not) removed")]


def test_rename_and_nullable_ref_and_moves() -> None:
    old, new = load("base"), load("base")
    attrs = new["components"]["schemas"]["SyncRun"]["properties"]["attributes"]["properties"]
    attrs["row_count"] = attrs.pop("rows")
    assert f"{ATTRS}.rows: field renamed to 'row_count'" in [
        c.describe() for c in diff_specs(old, new)
    ]
    # 3.1 nullable $ref spelled as anyOf + null: same as before, no change
    new = load("base")
    data = new["paths"]["/api/v1/sync_runs/{run_id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    data["schema"]["properties"]["data"] = {
        "anyOf": [{"$ref": "#/components/schemas/SyncRun"}, {"type": "null"}]
    }
    assert described(diff_specs(old, new)) == [(Kind.BREAKING, f"{ONE} 200 data: may now be null")]
    # same operationId under a new path: one 'moved' change, not removed + added
    new = load("base")
    new["paths"]["/api/v2/sync_runs/{run_id}"] = new["paths"].pop("/api/v1/sync_runs/{run_id}")
    assert described(diff_specs(old, new)) == [
        (
            Kind.BREAKING,
            "GET /api/v2/sync_runs/{run_id}: operation moved from GET /api/v1/sync_runs/{run_id}",
        )
    ]


def test_changelog_section_is_replaced_not_duplicated() -> None:
    changes = diff_specs(load("base"), load("enum_widened"))
    text = upsert_section("", "1.5.0", render_section("1.5.0", "2026-01-02", changes))
    text = upsert_section(text, "1.4.0", render_section("1.4.0", "2026-01-01", []))
    again = upsert_section(text, "1.5.0", render_section("1.5.0", "2026-01-03", changes))
    assert again.count("## 1.5.0") == 1 and "2026-01-03" in again and "2026-01-02" not in again
    # newest first: a section written later goes on top; a replaced one keeps its place
    assert again.startswith("# Changelog")
    assert again.index("## 1.4.0") < again.index("## 1.5.0")
    assert "### Added" in again and "No API changes." in again


# --- the scripts, run on throwaway git repositories ---------------------------------------


def git(repo: Path, *args: str) -> str:
    env_args = [
        "-c",
        "user.name=test",
        "-c",
        "user.email=test@example.invalid",
        "-c",
        "commit.gpgsign=false",
    ]
    done = subprocess.run(
        ["git", *env_args, *args], cwd=repo, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def script(repo: Path, name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / name), *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


def write(repo: Path, case: str, version: str) -> None:
    (repo / "openapi.yaml").write_text(yaml.safe_dump(load(case, version), sort_keys=False))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "README").write_text("x\n")
    git(tmp_path, "add", "README")
    git(tmp_path, "commit", "-q", "-m", "start")
    return tmp_path


def test_scripts_against_release_tag(repo: Path) -> None:
    write(repo, "base", "1.4.0")
    git(repo, "add", "openapi.yaml")
    git(repo, "commit", "-q", "-m", "spec")
    git(repo, "tag", "v1.4.0")
    write(repo, "enum_narrowed", "1.5.0")
    git(repo, "commit", "-q", "-am", "narrow")  # HEAD moves on; the base stays the tag

    report = json.loads(script(repo, "spec_diff.py", "--json").stdout)
    assert report["base"] == "v1.4.0" and report["required_bump"] == "major"
    assert f"{ATTRS}.status" in [c["location"] for c in report["changes"]]
    table = script(repo, "spec_diff.py")
    assert table.returncode == 0 and "enum value 'paused' removed" in table.stdout

    failed = script(repo, "check_version_bump.py")
    assert failed.returncode == 1
    assert f"{ATTRS}.status: enum value 'paused' removed" in failed.stderr
    write(repo, "enum_narrowed", "2.0.0")
    assert script(repo, "check_version_bump.py").returncode == 0
    # against HEAD only info.version moved: nothing to bump for
    assert script(repo, "check_version_bump.py", "--base", "HEAD").returncode == 0

    for _ in range(2):
        notes = script(repo, "release_notes.py", "--date", "2026-01-02")
        assert notes.returncode == 0, notes.stderr
    changelog = (repo / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog") and changelog.count("## 2.0.0 — 2026-01-02") == 1
    assert "### Breaking" in changelog and "'paused' removed" in changelog

    assert script(repo, "check_version_bump.py", "--tag", "v2.0.0").returncode == 0
    assert script(repo, "check_version_bump.py", "--tag", "v1.4.0").returncode == 1


def test_base_without_spec_and_fallbacks(repo: Path) -> None:
    write(repo, "base", "1.4.0")  # not committed: HEAD has no openapi.yaml
    report = json.loads(script(repo, "spec_diff.py", "--json").stdout)
    assert report["base"] == "HEAD" and not report["base_has_spec"]
    assert {c["kind"] for c in report["changes"]} == {"added"}
    assert script(repo, "check_version_bump.py").returncode == 0

    git(repo, "add", "openapi.yaml")
    git(repo, "commit", "-q", "-m", "spec")
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    write(repo, "optional_param_added", "1.4.1")
    report = json.loads(script(repo, "spec_diff.py", "--json").stdout)
    assert report["base"] == "origin/main" and report["required_bump"] == "minor"
    failed = script(repo, "check_version_bump.py")
    assert failed.returncode == 1 and "query per_page: new optional parameter" in failed.stderr

    missing = script(repo, "spec_diff.py", "--base", "no-such-ref")
    assert missing.returncode == 2 and "unknown git ref" in missing.stderr
