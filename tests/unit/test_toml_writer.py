"""contract_tests.toml_writer: what it writes is TOML that reads back to the same document."""

from __future__ import annotations

import tomllib
from typing import Any

from contract_tests.toml_writer import dumps


def without_comments(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: without_comments(v) for k, v in node.items() if not k.startswith("#")}
    if isinstance(node, list):
        return [without_comments(v) for v in node]
    return node


DOCUMENT: dict[str, Any] = {
    "#": "Generated for one run; do not edit.",
    "base-url": "http://127.0.0.1:4010",
    "seed": 20240108,
    "rate": 2.5,
    "continue-on-failure": True,
    "generation": {"database": "none", "max-examples": 60},
    "checks": {
        "enabled": True,
        "unsupported_method": {"#": 'Rails answers "404"\nnever 405', "enabled": False},
    },
    "auth": {"openapi": {"bearerAuth": {"bearer": "${AISQUARED_API_TOKEN}"}}},
    "phases": {"coverage": {"enabled": True, "unexpected-methods": []}},
    "dictionaries": {"definitions": {"values": ["Snowflake", "Ünïcode \\ 'quoted'"]}},
    "operations": [
        {
            "include-operation-id": "getConnector",
            "parameters": {"path.id": {"dictionary": "connectors", "probability": 0.8}},
        },
        {
            "#": "documented refusals",
            "include-operation-id": ["createModel", "updateModel"],
            "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "422"]}},
        },
    ],
}


def test_round_trips_through_tomllib() -> None:
    assert tomllib.loads(dumps(DOCUMENT)) == without_comments(DOCUMENT)


def test_hash_keys_become_comments_in_their_table() -> None:
    text = dumps(DOCUMENT)

    assert text.startswith("# Generated for one run; do not edit.\n")
    assert '# Rails answers "404"\n# never 405' in text
    assert "# documented refusals" in text
