from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract_failure import ContractFailure
from ...models.error_document import ErrorDocument
from ...models.rails_error import RailsError
from ...models.sync import Sync
from ...models.sync_list import SyncList
from ...sdk.client import AISquared, AsyncAISquared
from ...sdk.pagination import DEFAULT_PER_PAGE, aiter_items, aiter_pages, iter_items, iter_pages
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Workspace-Id"] = str(workspace_id)

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/syncs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList | None:
    if response.status_code == 200:
        response_200 = SyncList.from_dict(response.json())

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
) -> Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList]:
    """List syncs

     Lists the workspace's syncs (deleted ones excluded), newest `updated_at` first.

    Args:
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList]
    """

    kwargs = _get_kwargs(
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
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList | None:
    """List syncs

     Lists the workspace's syncs (deleted ones excluded), newest `updated_at` first.

    Args:
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList]:
    """List syncs

     Lists the workspace's syncs (deleted ones excluded), newest `updated_at` first.

    Args:
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList | None:
    """List syncs

     Lists the workspace's syncs (deleted ones excluded), newest `updated_at` first.

    Args:
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            workspace_id=workspace_id,
        )
    ).parsed


def _parse_success(response: httpx.Response) -> SyncList:
    if response.status_code == 200:
        response_200 = SyncList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def call(
    *,
    client: AISquared,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> SyncList:
    """List syncs: the parsed success response.

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = client.send(
        _get_kwargs(
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
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    max_retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> SyncList:
    """List syncs: the parsed success response (async).

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    response = await client.send(
        _get_kwargs(
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
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    max_retries: int | None = None,
) -> Iterator[SyncList]:
    """List syncs: every page from ``page`` on, following ``links.next``.

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    return iter_pages(
        client,
        _get_kwargs(
            page=page,
            per_page=per_page,
            workspace_id=client.workspace_id,
        ),
        SyncList.from_dict,
        max_retries=max_retries,
    )


def iterate(
    *,
    client: AISquared,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    max_retries: int | None = None,
) -> Iterator[Sync]:
    """List syncs: every item of every page, one page in memory at a time.

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    return iter_items(
        client,
        _get_kwargs(
            page=page,
            per_page=per_page,
            workspace_id=client.workspace_id,
        ),
        Sync.from_dict,
        max_retries=max_retries,
    )


def aiterate_pages(
    *,
    client: AsyncAISquared,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    max_retries: int | None = None,
) -> AsyncIterator[SyncList]:
    """List syncs: every page from ``page`` on (async).

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    return aiter_pages(
        client,
        _get_kwargs(
            page=page,
            per_page=per_page,
            workspace_id=client.workspace_id,
        ),
        SyncList.from_dict,
        max_retries=max_retries,
    )


def aiterate(
    *,
    client: AsyncAISquared,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    max_retries: int | None = None,
) -> AsyncIterator[Sync]:
    """List syncs: every item of every page (async).

    Sends the client's ``Workspace-Id``. Raises ``ApiError`` subclasses for error statuses,
    ``APIConnectionError`` / ``APITimeoutError`` when no response arrives; retries as the client's
    policy says (``max_retries`` overrides it for this call).
    """

    return aiter_items(
        client,
        _get_kwargs(
            page=page,
            per_page=per_page,
            workspace_id=client.workspace_id,
        ),
        Sync.from_dict,
        max_retries=max_retries,
    )
