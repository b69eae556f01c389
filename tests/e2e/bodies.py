"""Request bodies for the mock's demo data (source connector 1, Klaviyo destination 2)."""

from __future__ import annotations

from typing import Any

from ai_squared_client.models import (
    CatalogRequest,
    CheckConnectionRequest,
    CreateConnectorRequest,
    CreateModelRequest,
    CreateSyncRequest,
    QuerySourceRequest,
    TriggerSyncRequest,
    UpdateConnectorRequest,
    UpdateModelRequest,
    UpdateSyncRequest,
)

SOURCE, DESTINATION, MODEL, SYNC_WITH_RECORDS, RUN_WITH_RECORDS = 1, 2, 1, 1, 1
INTERVAL_SYNC = 3


def connector(name: str) -> CreateConnectorRequest:
    configuration = {"api_token": "xoxb-e2e", "channel_id": "C0E2E"}
    return CreateConnectorRequest.from_dict(
        {
            "connector": {
                "name": name,
                "connector_type": "destination",
                "connector_name": "Slack",
                "configuration": configuration,
            }
        }
    )


def connector_update(**changes: Any) -> UpdateConnectorRequest:
    return UpdateConnectorRequest.from_dict({"connector": changes})


def model(name: str, connector_id: int = SOURCE) -> CreateModelRequest:
    return CreateModelRequest.from_dict(
        {
            "model": {
                "connector_id": connector_id,
                "name": name,
                "query": "SELECT * FROM customers",
                "query_type": "raw_sql",
                "primary_key": "id",
            }
        }
    )


def model_update(**changes: Any) -> UpdateModelRequest:
    return UpdateModelRequest.from_dict({"model": changes})


def sync(model_id: int = MODEL) -> CreateSyncRequest:
    return CreateSyncRequest.from_dict(
        {
            "sync": {
                "source_id": SOURCE,
                "destination_id": DESTINATION,
                "model_id": model_id,
                "schedule_type": "manual",
                "sync_mode": "full_refresh",
                "stream_name": "profile",
                "configuration": {"email_address": "email"},
            }
        }
    )


def sync_update(**changes: Any) -> UpdateSyncRequest:
    return UpdateSyncRequest.from_dict({"sync": changes})


def catalog(connector_id: int, field: str = "prompt") -> CatalogRequest:
    schema = {"input": [{"name": field, "type": "string"}]}
    return CatalogRequest.from_dict(
        {"connector_id": connector_id, "catalog": {"json_schema": schema}}
    )


def trigger(sync_id: int) -> TriggerSyncRequest:
    return TriggerSyncRequest.from_dict({"schedule_sync": {"sync_id": sync_id}})


def query(text: str = "SELECT * FROM customers", limit: int = 5) -> QuerySourceRequest:
    return QuerySourceRequest.from_dict({"query": text, "limit": limit})


def check_connection(name: str = "Slack") -> CheckConnectionRequest:
    return CheckConnectionRequest.from_dict(
        {
            "type": "destination",
            "name": name,
            "connection_spec": {"api_token": "xoxb-e2e", "channel_id": "C0E2E"},
        }
    )
