"""Every documented error status of every operation arrives with its parsed body."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
from ai_squared_client.api.catalogs import create_catalog, update_catalog
from ai_squared_client.api.connector_definitions import (
    check_connection,
    get_connector_definition,
    list_connector_definitions,
)
from ai_squared_client.api.connectors import (
    create_connector,
    delete_connector,
    discover_connector,
    get_connector,
    list_connectors,
    query_connector_source,
    update_connector,
)
from ai_squared_client.api.models import (
    create_model,
    delete_model,
    get_model,
    list_models,
    update_model,
)
from ai_squared_client.api.schedule_syncs import cancel_sync, trigger_sync
from ai_squared_client.api.sync_records import list_sync_records
from ai_squared_client.api.sync_runs import get_sync_run, list_sync_runs
from ai_squared_client.api.syncs import (
    create_sync,
    delete_sync,
    get_sync,
    get_sync_configurations,
    list_syncs,
    test_sync,
    update_sync,
)
from ai_squared_client.models import ConnectorType, ErrorDocument, RailsError, SimpleError

from . import bodies
from .conftest import VIEWER, Api, unique

MISSING = 987_654_321
Kwargs = Callable[[], dict[str, Any]]

# Valid arguments per operation (demo ids); writes only ever reach the server refused here.
VALID: dict[ModuleType, Kwargs] = {
    list_connectors: dict,
    create_connector: lambda: {"body": bodies.connector(unique("refused"))},
    get_connector: lambda: {"id": bodies.SOURCE},
    update_connector: lambda: {"id": bodies.DESTINATION, "body": bodies.connector_update(name="x")},
    delete_connector: lambda: {"id": bodies.DESTINATION},
    discover_connector: lambda: {"id": bodies.SOURCE},
    query_connector_source: lambda: {"id": bodies.SOURCE, "body": bodies.query()},
    list_connector_definitions: dict,
    get_connector_definition: lambda: {
        "connector_name": "Slack",
        "type_": ConnectorType.DESTINATION,
    },
    check_connection: lambda: {"body": bodies.check_connection()},
    list_models: dict,
    create_model: lambda: {"body": bodies.model(unique("refused"))},
    get_model: lambda: {"id": bodies.MODEL},
    update_model: lambda: {"id": bodies.MODEL, "body": bodies.model_update(name="x")},
    delete_model: lambda: {"id": bodies.MODEL},
    create_catalog: lambda: {"body": bodies.catalog(bodies.DESTINATION)},
    update_catalog: lambda: {"id": 1, "body": bodies.catalog(bodies.DESTINATION)},
    list_syncs: dict,
    create_sync: lambda: {"body": bodies.sync()},
    get_sync_configurations: dict,
    get_sync: lambda: {"id": bodies.SYNC_WITH_RECORDS},
    update_sync: lambda: {
        "id": bodies.SYNC_WITH_RECORDS,
        "body": bodies.sync_update(sync_mode="incremental"),
    },
    delete_sync: lambda: {"id": bodies.SYNC_WITH_RECORDS},
    test_sync: lambda: {"sync_id": bodies.SYNC_WITH_RECORDS},
    trigger_sync: lambda: {"body": bodies.trigger(bodies.SYNC_WITH_RECORDS)},
    cancel_sync: lambda: {"sync_id": bodies.SYNC_WITH_RECORDS},
    list_sync_runs: lambda: {"sync_id": bodies.SYNC_WITH_RECORDS},
    get_sync_run: lambda: {
        "sync_id": bodies.SYNC_WITH_RECORDS,
        "sync_run_id": bodies.RUN_WITH_RECORDS,
    },
    list_sync_records: lambda: {
        "sync_id": bodies.SYNC_WITH_RECORDS,
        "sync_run_id": bodies.RUN_WITH_RECORDS,
    },
}
WRITES = [
    create_connector,
    update_connector,
    delete_connector,
    check_connection,
    create_model,
    update_model,
    delete_model,
    create_catalog,
    update_catalog,
    create_sync,
    update_sync,
    delete_sync,
    trigger_sync,
    cancel_sync,
]
WITH_BODY = [op for op, kwargs in VALID.items() if "body" in kwargs()]
LISTS = [list_connectors, list_models, list_syncs, list_sync_runs, list_sync_records]


def _name(op: ModuleType) -> str:
    return op.__name__.rsplit(".", 1)[-1]


def _errors_of(parsed: Any, status: int) -> ErrorDocument:
    assert isinstance(parsed, ErrorDocument), parsed
    assert parsed.errors[0].status == status
    return parsed


@pytest.mark.parametrize("op", list(VALID), ids=_name)
def test_401_without_a_valid_token(api: Api, op: ModuleType) -> None:
    response = api.as_user("not-a-token").call(op, **VALID[op]())
    assert response.status_code == 401
    assert _errors_of(response.parsed, 401).errors[0].detail == "Unauthorized"


@pytest.mark.parametrize("op", list(VALID), ids=_name)
def test_400_for_a_foreign_workspace(api: Api, op: ModuleType) -> None:
    response = api.call(op, workspace_id=2, **VALID[op]())
    assert response.status_code == 400
    assert _errors_of(response.parsed, 400).errors[0].detail.endswith("Workspace not found")


@pytest.mark.parametrize("op", WRITES, ids=_name)
def test_403_for_a_viewer(api: Api, op: ModuleType) -> None:
    response = api.as_user(VIEWER).call(op, **VALID[op]())
    assert response.status_code == 403
    _errors_of(response.parsed, 403)


@pytest.mark.parametrize("op", LISTS, ids=_name)
def test_400_for_per_page_zero(api: Api, op: ModuleType) -> None:
    response = api.call(op, per_page=0, **VALID[op]())
    assert response.status_code == 400
    _errors_of(response.parsed, 400)


@dataclass(frozen=True)
class Missing:
    op: ModuleType
    kwargs: Kwargs
    parsed: type


NOT_FOUND = [
    Missing(get_connector, lambda: {"id": MISSING}, ErrorDocument),
    Missing(
        update_connector,
        lambda: {"id": MISSING, "body": bodies.connector_update(name="x")},
        ErrorDocument,
    ),
    Missing(delete_connector, lambda: {"id": MISSING}, ErrorDocument),
    Missing(discover_connector, lambda: {"id": MISSING}, ErrorDocument),
    Missing(query_connector_source, lambda: {"id": MISSING, "body": bodies.query()}, ErrorDocument),
    Missing(get_model, lambda: {"id": MISSING}, SimpleError),
    Missing(
        update_model, lambda: {"id": MISSING, "body": bodies.model_update(name="x")}, SimpleError
    ),
    Missing(delete_model, lambda: {"id": MISSING}, SimpleError),
    Missing(create_model, lambda: {"body": bodies.model(unique("orphan"), MISSING)}, SimpleError),
    Missing(create_catalog, lambda: {"body": bodies.catalog(MISSING)}, ErrorDocument),
    Missing(update_catalog, lambda: {"id": 1, "body": bodies.catalog(MISSING)}, ErrorDocument),
    Missing(get_sync, lambda: {"id": MISSING}, SimpleError),
    Missing(
        update_sync,
        lambda: {"id": MISSING, "body": bodies.sync_update(sync_mode="incremental")},
        SimpleError,
    ),
    Missing(delete_sync, lambda: {"id": MISSING}, SimpleError),
    Missing(test_sync, lambda: {"sync_id": MISSING}, ErrorDocument),
    Missing(trigger_sync, lambda: {"body": bodies.trigger(MISSING)}, ErrorDocument),
    Missing(cancel_sync, lambda: {"sync_id": MISSING}, ErrorDocument),
    Missing(list_sync_runs, lambda: {"sync_id": MISSING}, ErrorDocument),
    Missing(
        get_sync_run,
        lambda: {"sync_id": bodies.SYNC_WITH_RECORDS, "sync_run_id": MISSING},
        ErrorDocument,
    ),
    Missing(
        list_sync_records,
        lambda: {"sync_id": bodies.SYNC_WITH_RECORDS, "sync_run_id": MISSING},
        ErrorDocument,
    ),
]


@pytest.mark.parametrize("case", NOT_FOUND, ids=lambda case: _name(case.op))
def test_404_for_a_missing_record(api: Api, case: Missing) -> None:
    response = api.call(case.op, **case.kwargs())
    assert response.status_code == 404
    assert isinstance(response.parsed, case.parsed | RailsError), response.parsed


@pytest.mark.parametrize("op", WITH_BODY, ids=_name)
def test_413_for_a_body_over_one_megabyte(api: Api, op: ModuleType) -> None:
    kwargs = VALID[op]()
    kwargs["body"].additional_properties["padding"] = "x" * (1024 * 1024 + 1)
    response = api.call(op, **kwargs)
    assert response.status_code == 413
    assert isinstance(response.parsed, RailsError) and response.parsed.status == 413


def test_422_failed_saves_and_preconditions(api: Api) -> None:
    duplicate = api.call(create_connector, body=bodies.connector("Team Slack"))
    assert duplicate.status_code == 422
    _errors_of(duplicate.parsed, 422)
    bad_stream = bodies.sync()
    bad_stream.sync.stream_name = "no-such-stream"
    refused = api.call(create_sync, body=bad_stream)
    assert refused.status_code == 422
    _errors_of(refused.parsed, 422)
    not_a_source = api.call(query_connector_source, id=bodies.DESTINATION, body=bodies.query())
    assert not_a_source.status_code == 422
    _errors_of(not_a_source.parsed, 422)


@pytest.mark.parametrize("op", [update_connector, update_model, update_sync], ids=_name)
def test_422_for_an_empty_wrapper(api: Api, op: ModuleType) -> None:
    kwargs = VALID[op]()
    wrapper = next(iter(kwargs["body"].to_dict()))
    kwargs["body"] = type(kwargs["body"]).from_dict({wrapper: {}})
    response = api.call(op, **kwargs)
    assert response.status_code == 422
    assert isinstance(response.parsed, SimpleError)
    assert response.parsed.error == f"param is missing or the value is empty: {wrapper}"


def test_424_for_refused_schedules(api: Api) -> None:
    interval = api.call(trigger_sync, body=bodies.trigger(bodies.INTERVAL_SYNC))
    assert interval.status_code == 424
    detail = _errors_of(interval.parsed, 424).errors[0].detail
    assert detail == "Sync Schedule type should be manual"
    no_active_run = api.call(cancel_sync, sync_id=bodies.INTERVAL_SYNC)
    assert no_active_run.status_code == 424
    _errors_of(no_active_run.parsed, 424)
