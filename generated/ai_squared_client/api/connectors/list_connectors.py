from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connector import Connector
from ...models.connector_list import ConnectorList
from ...models.connector_type import ConnectorType
from ...models.contract_failure import ContractFailure
from ...models.error_document import ErrorDocument
from ...models.list_connectors_category import ListConnectorsCategory
from ...models.list_connectors_sub_category import ListConnectorsSubCategory
from ...models.rails_error import RailsError
from ...sdk.client import AISquared, AsyncAISquared
from ...sdk.pagination import DEFAULT_PER_PAGE, aiter_items, aiter_pages, iter_items, iter_pages
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ConnectorType | Unset = UNSET,
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Workspace-Id"] = str(workspace_id)

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_sub_category: str | Unset = UNSET
    if not isinstance(sub_category, Unset):
        json_sub_category = sub_category.value

    params["sub_category"] = json_sub_category

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/connectors",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = ConnectorList.from_dict(response.json())

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
) -> Response[ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument]:
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
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> Response[ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument]:
    """List connectors

     Lists the workspace's connectors, newest `updated_at` first, filtered by type,
    category and sub-category (filters combine with AND).

    Args:
        type_ (ConnectorType | Unset): Whether a connector reads (source) or writes (destination).
        category (ListConnectorsCategory | Unset):
        sub_category (ListConnectorsSubCategory | Unset):
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument]
    """

    kwargs = _get_kwargs(
        type_=type_,
        category=category,
        sub_category=sub_category,
        page=page,
        per_page=per_page,
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
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument | None:
    """List connectors

     Lists the workspace's connectors, newest `updated_at` first, filtered by type,
    category and sub-category (filters combine with AND).

    Args:
        type_ (ConnectorType | Unset): Whether a connector reads (source) or writes (destination).
        category (ListConnectorsCategory | Unset):
        sub_category (ListConnectorsSubCategory | Unset):
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument
    """

    return sync_detailed(
        client=client,
        type_=type_,
        category=category,
        sub_category=sub_category,
        page=page,
        per_page=per_page,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ConnectorType | Unset = UNSET,
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> Response[ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument]:
    """List connectors

     Lists the workspace's connectors, newest `updated_at` first, filtered by type,
    category and sub-category (filters combine with AND).

    Args:
        type_ (ConnectorType | Unset): Whether a connector reads (source) or writes (destination).
        category (ListConnectorsCategory | Unset):
        sub_category (ListConnectorsSubCategory | Unset):
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument]
    """

    kwargs = _get_kwargs(
        type_=type_,
        category=category,
        sub_category=sub_category,
        page=page,
        per_page=per_page,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: ConnectorType | Unset = UNSET,
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument | None:
    """List connectors

     Lists the workspace's connectors, newest `updated_at` first, filtered by type,
    category and sub-category (filters combine with AND).

    Args:
        type_ (ConnectorType | Unset): Whether a connector reads (source) or writes (destination).
        category (ListConnectorsCategory | Unset):
        sub_category (ListConnectorsSubCategory | Unset):
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectorList | ContractFailure | ErrorDocument | RailsError | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            category=category,
            sub_category=sub_category,
            page=page,
            per_page=per_page,
            workspace_id=workspace_id,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> ConnectorList:
    if response.status_code == 200:
        response_200 = ConnectorList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def call(
    *,
    client: AISquared,
    type_: ConnectorType | Unset = UNSET,
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> ConnectorList:
    """List connectors: the parsed success response.

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = client.send(
        _get_kwargs(
            type_=type_,
            category=category,
            sub_category=sub_category,
            page=page,
            per_page=per_page,
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
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> ConnectorList:
    """List connectors: the parsed success response (async).

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = await client.send(
        _get_kwargs(
            type_=type_,
            category=category,
            sub_category=sub_category,
            page=page,
            per_page=per_page,
            workspace_id=client.workspace_id,
        ),
        max_retries=max_retries,
        retry_non_idempotent=retry_non_idempotent,
    )
    return _parse_success(response)


def iterate_pages(
    *,
    client: AISquared,
    type_: ConnectorType | Unset = UNSET,
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    max_retries: int | None = None,
) -> Iterator[ConnectorList]:
    """List connectors: every page from ``page`` on, following ``links.next``.

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    return iter_pages(
        client,
        _get_kwargs(
            type_=type_,
            category=category,
            sub_category=sub_category,
            page=page,
            per_page=per_page,
            workspace_id=client.workspace_id,
        ),
        ConnectorList.from_dict,
        max_retries=max_retries,
    )


def iterate(
    *,
    client: AISquared,
    type_: ConnectorType | Unset = UNSET,
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    max_retries: int | None = None,
) -> Iterator[Connector]:
    """List connectors: every item of every page, one page in memory at a time.

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    return iter_items(
        client,
        _get_kwargs(
            type_=type_,
            category=category,
            sub_category=sub_category,
            page=page,
            per_page=per_page,
            workspace_id=client.workspace_id,
        ),
        Connector.from_dict,
        max_retries=max_retries,
    )


def aiterate_pages(
    *,
    client: AsyncAISquared,
    type_: ConnectorType | Unset = UNSET,
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    max_retries: int | None = None,
) -> AsyncIterator[ConnectorList]:
    """List connectors: every page from ``page`` on (async).

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    return aiter_pages(
        client,
        _get_kwargs(
            type_=type_,
            category=category,
            sub_category=sub_category,
            page=page,
            per_page=per_page,
            workspace_id=client.workspace_id,
        ),
        ConnectorList.from_dict,
        max_retries=max_retries,
    )


def aiterate(
    *,
    client: AsyncAISquared,
    type_: ConnectorType | Unset = UNSET,
    category: ListConnectorsCategory | Unset = UNSET,
    sub_category: ListConnectorsSubCategory | Unset = UNSET,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    max_retries: int | None = None,
) -> AsyncIterator[Connector]:
    """List connectors: every item of every page (async).

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    return aiter_items(
        client,
        _get_kwargs(
            type_=type_,
            category=category,
            sub_category=sub_category,
            page=page,
            per_page=per_page,
            workspace_id=client.workspace_id,
        ),
        Connector.from_dict,
        max_retries=max_retries,
    )
