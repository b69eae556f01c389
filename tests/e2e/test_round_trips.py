"""Create / get / update / delete round trips and the read operations, sync and async."""

from __future__ import annotations

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
from ai_squared_client.api.syncs import (
    create_sync,
    delete_sync,
    get_sync,
    get_sync_configurations,
    list_syncs,
    update_sync,
)
from ai_squared_client.models import (
    CatalogDocument,
    ConnectionStatusResult,
    ConnectorDefinition,
    ConnectorDocument,
    ConnectorList,
    ConnectorType,
    ErrorDocument,
    ModelDocument,
    ModelList,
    QuerySourceResult,
    SimpleError,
    SyncConfigurations,
    SyncDocument,
    SyncList,
)

from . import bodies
from .conftest import Api, unique


def test_connector_round_trip(api: Api) -> None:
    name = unique("connector")
    created = api.call(create_connector, body=bodies.connector(name))
    assert created.status_code == 201 and isinstance(created.parsed, ConnectorDocument)
    connector_id = int(created.parsed.data.id)
    assert created.parsed.data.attributes.name == name
    assert created.parsed.data.attributes.configuration["api_token"] == "*************"

    fetched = api.call(get_connector, id=connector_id)
    assert fetched.status_code == 200 and isinstance(fetched.parsed, ConnectorDocument)
    assert fetched.parsed.data.id == str(connector_id)

    renamed = api.call(
        update_connector, id=connector_id, body=bodies.connector_update(name=name + "!")
    )
    assert renamed.status_code == 200 and isinstance(renamed.parsed, ConnectorDocument)
    assert renamed.parsed.data.attributes.name == name + "!"

    catalog = api.call(create_catalog, body=bodies.catalog(connector_id))
    assert catalog.status_code == 201 and isinstance(catalog.parsed, CatalogDocument)
    rebuilt = api.call(
        update_catalog, id=int(catalog.parsed.data.id), body=bodies.catalog(connector_id, "answer")
    )
    assert rebuilt.status_code == 201 and isinstance(rebuilt.parsed, CatalogDocument)
    discovered = api.call(discover_connector, id=connector_id)
    assert discovered.status_code == 200 and isinstance(discovered.parsed, CatalogDocument)
    assert discovered.parsed.data.id == rebuilt.parsed.data.id

    assert api.call(delete_connector, id=connector_id).status_code == 204
    gone = api.call(get_connector, id=connector_id)
    assert gone.status_code == 404 and isinstance(gone.parsed, ErrorDocument)


def test_model_round_trip(api: Api) -> None:
    name = unique("model")
    created = api.call(create_model, body=bodies.model(name))
    assert created.status_code == 201 and isinstance(created.parsed, ModelDocument)
    model_id = int(created.parsed.data.id)

    fetched = api.call(get_model, id=model_id)
    assert isinstance(fetched.parsed, ModelDocument)
    assert fetched.parsed.data.attributes.connector.id == bodies.SOURCE

    updated = api.call(update_model, id=model_id, body=bodies.model_update(description="changed"))
    assert updated.status_code == 200 and isinstance(updated.parsed, ModelDocument)
    assert updated.parsed.data.attributes.description == "changed"

    assert api.call(delete_model, id=model_id).status_code == 204
    gone = api.call(get_model, id=model_id)
    assert gone.status_code == 404 and isinstance(gone.parsed, SimpleError)
    assert gone.parsed.error.startswith(f"Couldn't find Model with 'id'={model_id}")


def test_sync_round_trip(api: Api) -> None:
    created = api.call(create_sync, body=bodies.sync())
    assert created.status_code == 201 and isinstance(created.parsed, SyncDocument)
    sync_id = int(created.parsed.data.id)
    assert created.parsed.data.attributes.status == "pending"

    fetched = api.call(get_sync, id=sync_id)
    assert isinstance(fetched.parsed, SyncDocument)
    assert fetched.parsed.data.attributes.model.id == bodies.MODEL

    body = bodies.sync_update(
        schedule_type="interval", sync_interval=30, sync_interval_unit="minutes"
    )
    updated = api.call(update_sync, id=sync_id, body=body)
    assert updated.status_code == 200 and isinstance(updated.parsed, SyncDocument)
    assert updated.parsed.data.attributes.sync_interval == 30

    assert api.call(delete_sync, id=sync_id).status_code == 204
    gone = api.call(get_sync, id=sync_id)
    assert gone.status_code == 404 and isinstance(gone.parsed, SimpleError)


def test_lists_and_reads(api: Api) -> None:
    connectors = api.call(list_connectors, type_=ConnectorType.SOURCE, per_page=2)
    assert isinstance(connectors.parsed, ConnectorList)
    assert all(c.attributes.connector_type == "source" for c in connectors.parsed.data)
    assert isinstance(api.call(list_models).parsed, ModelList)
    syncs = api.call(list_syncs, per_page=100)
    assert isinstance(syncs.parsed, SyncList) and syncs.parsed.links.next_ is None
    assert isinstance(api.call(get_sync_configurations).parsed, SyncConfigurations)

    definitions = api.call(list_connector_definitions)
    assert definitions.status_code == 200
    one = api.call(
        get_connector_definition, connector_name="Slack", type_=ConnectorType.DESTINATION
    )
    assert isinstance(one.parsed, ConnectorDefinition) and one.parsed.name == "Slack"
    checked = api.call(check_connection, body=bodies.check_connection())
    assert isinstance(checked.parsed, ConnectionStatusResult)

    rows = api.call(query_connector_source, id=bodies.SOURCE, body=bodies.query(limit=3))
    assert rows.status_code == 200 and isinstance(rows.parsed, QuerySourceResult)
    assert len(rows.parsed.data) == 3
