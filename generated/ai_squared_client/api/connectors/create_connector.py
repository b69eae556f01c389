from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connector_document import ConnectorDocument
from ...models.contract_failure import ContractFailure
from ...models.create_connector_request import CreateConnectorRequest
from ...models.error_document import ErrorDocument
from ...models.rails_error import RailsError
from ...models.simple_error import SimpleError
from ...sdk.client import AISquared, AsyncAISquared
from ...types import Response


def _get_kwargs(
    *,
    body: CreateConnectorRequest,
    workspace_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Workspace-Id"] = str(workspace_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/connectors",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ConnectorDocument
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
    | ErrorDocument
    | SimpleError
    | RailsError
    | None
):
    if response.status_code == 201:
        response_201 = ConnectorDocument.from_dict(response.json())

        return response_201

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ContractFailure | ErrorDocument | RailsError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ContractFailure.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_1 = ErrorDocument.from_dict(data)

                return response_400_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_2 = RailsError.from_dict(data)

            return response_400_type_2

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = RailsError.from_dict(response.json())

        return response_413

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ErrorDocument | SimpleError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ErrorDocument.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = SimpleError.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ConnectorDocument
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
    | ErrorDocument
    | SimpleError
    | RailsError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorRequest,
    workspace_id: int,
) -> Response[
    ConnectorDocument
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
    | ErrorDocument
    | SimpleError
    | RailsError
]:
    """Create a connector

     Creates a connector. `connector_name` must be an enabled connector definition of the
    given `connector_type`, and `configuration` must satisfy its connection
    specification. A connector with the same name and type already in the workspace is
    refused with 422. Secrets are masked in the response.

    Args:
        workspace_id (int):
        body (CreateConnectorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument | ErrorDocument | SimpleError | RailsError]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorRequest,
    workspace_id: int,
) -> (
    ConnectorDocument
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
    | ErrorDocument
    | SimpleError
    | RailsError
    | None
):
    """Create a connector

     Creates a connector. `connector_name` must be an enabled connector definition of the
    given `connector_type`, and `configuration` must satisfy its connection
    specification. A connector with the same name and type already in the workspace is
    refused with 422. Secrets are masked in the response.

    Args:
        workspace_id (int):
        body (CreateConnectorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument | ErrorDocument | SimpleError | RailsError
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorRequest,
    workspace_id: int,
) -> Response[
    ConnectorDocument
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
    | ErrorDocument
    | SimpleError
    | RailsError
]:
    """Create a connector

     Creates a connector. `connector_name` must be an enabled connector definition of the
    given `connector_type`, and `configuration` must satisfy its connection
    specification. A connector with the same name and type already in the workspace is
    refused with 422. Secrets are masked in the response.

    Args:
        workspace_id (int):
        body (CreateConnectorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument | ErrorDocument | SimpleError | RailsError]
    """

    kwargs = _get_kwargs(
        body=body,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorRequest,
    workspace_id: int,
) -> (
    ConnectorDocument
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
    | ErrorDocument
    | SimpleError
    | RailsError
    | None
):
    """Create a connector

     Creates a connector. `connector_name` must be an enabled connector definition of the
    given `connector_type`, and `configuration` must satisfy its connection
    specification. A connector with the same name and type already in the workspace is
    refused with 422. Secrets are masked in the response.

    Args:
        workspace_id (int):
        body (CreateConnectorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument | ErrorDocument | SimpleError | RailsError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace_id=workspace_id,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ConnectorDocument:
    if response.status_code == 201:
        response_201 = ConnectorDocument.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def call(
    *,
    client: AISquared,
    body: CreateConnectorRequest,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> ConnectorDocument:
    """Create a connector: the parsed success response.

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = client.send(
        _get_kwargs(
            body=body,
            workspace_id=client.workspace_id,
        ),
        max_retries=max_retries,
        retry_non_idempotent=retry_non_idempotent,
    )
    return _parse_success(response)


async def acall(
    *,
    client: AsyncAISquared,
    body: CreateConnectorRequest,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> ConnectorDocument:
    """Create a connector: the parsed success response (async).

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = await client.send(
        _get_kwargs(
            body=body,
            workspace_id=client.workspace_id,
        ),
        max_retries=max_retries,
        retry_non_idempotent=retry_non_idempotent,
    )
    return _parse_success(response)
