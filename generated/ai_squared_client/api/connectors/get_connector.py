from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connector_document import ConnectorDocument
from ...models.contract_failure import ContractFailure
from ...models.error_document import ErrorDocument
from ...models.rails_error import RailsError
from ...sdk.client import AISquared, AsyncAISquared
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    workspace_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Workspace-Id"] = str(workspace_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/connectors/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = ConnectorDocument.from_dict(response.json())

        return response_200

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

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
) -> Response[ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument]:
    """Get a connector

     Returns one connector of the workspace, with secrets masked.

    Args:
        id (int):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
) -> ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument | None:
    """Get a connector

     Returns one connector of the workspace, with secrets masked.

    Args:
        id (int):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument
    """

    return sync_detailed(
        id=id,
        client=client,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
) -> Response[ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument]:
    """Get a connector

     Returns one connector of the workspace, with secrets masked.

    Args:
        id (int):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
) -> ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument | None:
    """Get a connector

     Returns one connector of the workspace, with secrets masked.

    Args:
        id (int):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorDocument | ContractFailure | ErrorDocument | RailsError | ErrorDocument
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            workspace_id=workspace_id,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ConnectorDocument:
    if response.status_code == 200:
        response_200 = ConnectorDocument.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def call(
    id: int,
    *,
    client: AISquared,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> ConnectorDocument:
    """Get a connector: the parsed success response.

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = client.send(
        _get_kwargs(
            id=id,
            workspace_id=client.workspace_id,
        ),
        max_retries=max_retries,
        retry_non_idempotent=retry_non_idempotent,
    )
    return _parse_success(response)


async def acall(
    id: int,
    *,
    client: AsyncAISquared,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> ConnectorDocument:
    """Get a connector: the parsed success response (async).

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = await client.send(
        _get_kwargs(
            id=id,
            workspace_id=client.workspace_id,
        ),
        max_retries=max_retries,
        retry_non_idempotent=retry_non_idempotent,
    )
    return _parse_success(response)
