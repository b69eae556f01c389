"""Resources the suite creates for itself, so generated updates and deletes hit real records
without destroying the data the reads depend on (deleting demo connector 1 would cascade
to its models, syncs and the 10,000-record run).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from .config import ConfigError

COPIES = 3


@dataclass(frozen=True)
class ScratchIds:
    connectors: tuple[int, ...] = ()
    models: tuple[int, ...] = ()
    syncs: tuple[int, ...] = ()


def _create(client: httpx.Client, path: str, body: dict[str, Any]) -> int:
    response = client.post(path, json=body)
    if response.status_code != 201:
        raise ConfigError(
            f"could not create scratch data: POST {path} answered {response.status_code}"
        )
    return int(response.json()["data"]["id"])


def _connector(index: int) -> dict[str, Any]:
    return {
        "connector": {
            "name": f"contract-tests scratch destination {index}",
            "connector_type": "destination",
            "connector_name": "Slack",
            "configuration": {"api_token": "xoxb-contract-tests", "channel_id": "C0SCRATCH"},
        }
    }


def _model(index: int, connector_id: int) -> dict[str, Any]:
    return {
        "model": {
            "connector_id": connector_id,
            "name": f"contract-tests scratch model {index}",
            "query": "SELECT * FROM customers",
            "query_type": "raw_sql",
            "primary_key": "id",
        }
    }


def _sync(source_id: int, destination_id: int, model_id: int, stream: str) -> dict[str, Any]:
    return {
        "sync": {
            "source_id": source_id,
            "destination_id": destination_id,
            "model_id": model_id,
            "schedule_type": "manual",
            "sync_mode": "full_refresh",
            "stream_name": stream,
            "configuration": {"email_address": "email"},
        }
    }


def create_for_mock(client: httpx.Client) -> ScratchIds:
    """Scratch copies on the mock's demo data (source 1, Klaviyo destination 2, stream profile)."""
    connectors = tuple(_create(client, "/api/v1/connectors", _connector(i)) for i in range(COPIES))
    models = tuple(_create(client, "/api/v1/models", _model(i, 1)) for i in range(COPIES))
    syncs = tuple(
        _create(client, "/api/v1/syncs", _sync(1, 2, models[0], "profile")) for _ in range(COPIES)
    )
    return ScratchIds(connectors=connectors, models=models, syncs=syncs)
