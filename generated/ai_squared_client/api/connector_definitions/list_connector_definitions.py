from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connector_definition import ConnectorDefinition
from ...models.connector_definitions_by_type import ConnectorDefinitionsByType
from ...models.connector_type import ConnectorType
from ...models.contract_failure import ContractFailure
from ...models.empty_data import EmptyData
from ...models.error_document import ErrorDocument
from ...models.rails_error import RailsError
from ...sdk.client import AISquared, AsyncAISquared
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ConnectorType | Unset = UNSET,
    category: str | Unset = UNSET,
    page: int | Unset = UNSET,
    workspace_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Workspace-Id"] = str(workspace_id)

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["category"] = category

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/connector_definitions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ConnectorDefinitionsByType
    | EmptyData
    | list[ConnectorDefinition]
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ConnectorDefinitionsByType | EmptyData | list[ConnectorDefinition]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ConnectorDefinitionsByType.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = [
                    ConnectorDefinition.from_dict(componentsschemas_connector_definition_array_item_data)
                    for componentsschemas_connector_definition_array_item_data in data
                ]

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = EmptyData.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ConnectorDefinitionsByType
    | EmptyData
    | list[ConnectorDefinition]
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
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
    type_: ConnectorType | Unset = UNSET,
    category: str | Unset = UNSET,
    page: int | Unset = UNSET,
    workspace_id: int,
) -> Response[
    ConnectorDefinitionsByType
    | EmptyData
    | list[ConnectorDefinition]
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
]:
    """List connector definitions

     Lists the enabled connector definitions (not paginated). Without `type` the answer is
    an object with `source` and `destination` arrays; with `type` it is a plain array of
    that type's definitions, except that an empty result is `{"data": []}`.

    Args:
        type_ (ConnectorType | Unset): Whether a connector reads (source) or writes (destination).
        category (str | Unset):
        page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorDefinitionsByType | EmptyData | list[ConnectorDefinition] | ContractFailure | ErrorDocument | RailsError | ErrorDocument]
    """

    kwargs = _get_kwargs(
        type_=type_,
        category=category,
        page=page,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: ConnectorType | Unset = UNSET,
    category: str | Unset = UNSET,
    page: int | Unset = UNSET,
    workspace_id: int,
) -> (
    ConnectorDefinitionsByType
    | EmptyData
    | list[ConnectorDefinition]
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
    | None
):
    """List connector definitions

     Lists the enabled connector definitions (not paginated). Without `type` the answer is
    an object with `source` and `destination` arrays; with `type` it is a plain array of
    that type's definitions, except that an empty result is `{"data": []}`.

    Args:
        type_ (ConnectorType | Unset): Whether a connector reads (source) or writes (destination).
        category (str | Unset):
        page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorDefinitionsByType | EmptyData | list[ConnectorDefinition] | ContractFailure | ErrorDocument | RailsError | ErrorDocument
    """

    return sync_detailed(
        client=client,
        type_=type_,
        category=category,
        page=page,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ConnectorType | Unset = UNSET,
    category: str | Unset = UNSET,
    page: int | Unset = UNSET,
    workspace_id: int,
) -> Response[
    ConnectorDefinitionsByType
    | EmptyData
    | list[ConnectorDefinition]
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
]:
    """List connector definitions

     Lists the enabled connector definitions (not paginated). Without `type` the answer is
    an object with `source` and `destination` arrays; with `type` it is a plain array of
    that type's definitions, except that an empty result is `{"data": []}`.

    Args:
        type_ (ConnectorType | Unset): Whether a connector reads (source) or writes (destination).
        category (str | Unset):
        page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorDefinitionsByType | EmptyData | list[ConnectorDefinition] | ContractFailure | ErrorDocument | RailsError | ErrorDocument]
    """

    kwargs = _get_kwargs(
        type_=type_,
        category=category,
        page=page,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: ConnectorType | Unset = UNSET,
    category: str | Unset = UNSET,
    page: int | Unset = UNSET,
    workspace_id: int,
) -> (
    ConnectorDefinitionsByType
    | EmptyData
    | list[ConnectorDefinition]
    | ContractFailure
    | ErrorDocument
    | RailsError
    | ErrorDocument
    | None
):
    """List connector definitions

     Lists the enabled connector definitions (not paginated). Without `type` the answer is
    an object with `source` and `destination` arrays; with `type` it is a plain array of
    that type's definitions, except that an empty result is `{"data": []}`.

    Args:
        type_ (ConnectorType | Unset): Whether a connector reads (source) or writes (destination).
        category (str | Unset):
        page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorDefinitionsByType | EmptyData | list[ConnectorDefinition] | ContractFailure | ErrorDocument | RailsError | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            category=category,
            page=page,
            workspace_id=workspace_id,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ConnectorDefinitionsByType | EmptyData | list[ConnectorDefinition]:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ConnectorDefinitionsByType | EmptyData | list[ConnectorDefinition]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ConnectorDefinitionsByType.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = [
                    ConnectorDefinition.from_dict(componentsschemas_connector_definition_array_item_data)
                    for componentsschemas_connector_definition_array_item_data in data
                ]

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = EmptyData.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def call(
    *,
    client: AISquared,
    type_: ConnectorType | Unset = UNSET,
    category: str | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> ConnectorDefinitionsByType | EmptyData | list[ConnectorDefinition]:
    """List connector definitions: the parsed success response.

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = client.send(
        _get_kwargs(
            type_=type_,
            category=category,
            page=page,
            workspace_id=client.workspace_id,
        ),
        max_retries=max_retries,
        retry_non_idempotent=retry_non_idempotent,
    )
    return _parse_success(response)


async def acall(
    *,
    client: AsyncAISquared,
    type_: ConnectorType | Unset = UNSET,
    category: str | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> ConnectorDefinitionsByType | EmptyData | list[ConnectorDefinition]:
    """List connector definitions: the parsed success response (async).

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = await client.send(
        _get_kwargs(
            type_=type_,
            category=category,
            page=page,
            workspace_id=client.workspace_id,
        ),
        max_retries=max_retries,
        retry_non_idempotent=retry_non_idempotent,
    )
    return _parse_success(response)
