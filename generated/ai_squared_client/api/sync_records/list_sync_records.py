from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract_failure import ContractFailure
from ...models.error_document import ErrorDocument
from ...models.rails_error import RailsError
from ...models.sync_record_list import SyncRecordList
from ...models.sync_record_status import SyncRecordStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sync_id: int,
    sync_run_id: int,
    *,
    status: SyncRecordStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Workspace-Id"] = str(workspace_id)

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/syncs/{sync_id}/sync_runs/{sync_run_id}/sync_records".format(
            sync_id=quote(str(sync_id), safe=""),
            sync_run_id=quote(str(sync_run_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList | None:
    if response.status_code == 200:
        response_200 = SyncRecordList.from_dict(response.json())

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
) -> Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sync_id: int,
    sync_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    status: SyncRecordStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList]:
    """List sync records

     Lists the records a sync run read and wrote, oldest `created_at` first, optionally by
    status. Unknown `sync_id` answers 404 `Sync not found`; a run that is not one of the
    sync's answers 404 `SyncRun not found`.

    Args:
        sync_id (int):
        sync_run_id (int):
        status (SyncRecordStatus | Unset):
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList]
    """

    kwargs = _get_kwargs(
        sync_id=sync_id,
        sync_run_id=sync_run_id,
        status=status,
        page=page,
        per_page=per_page,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sync_id: int,
    sync_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    status: SyncRecordStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList | None:
    """List sync records

     Lists the records a sync run read and wrote, oldest `created_at` first, optionally by
    status. Unknown `sync_id` answers 404 `Sync not found`; a run that is not one of the
    sync's answers 404 `SyncRun not found`.

    Args:
        sync_id (int):
        sync_run_id (int):
        status (SyncRecordStatus | Unset):
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList
    """

    return sync_detailed(
        sync_id=sync_id,
        sync_run_id=sync_run_id,
        client=client,
        status=status,
        page=page,
        per_page=per_page,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    sync_id: int,
    sync_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    status: SyncRecordStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList]:
    """List sync records

     Lists the records a sync run read and wrote, oldest `created_at` first, optionally by
    status. Unknown `sync_id` answers 404 `Sync not found`; a run that is not one of the
    sync's answers 404 `SyncRun not found`.

    Args:
        sync_id (int):
        sync_run_id (int):
        status (SyncRecordStatus | Unset):
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList]
    """

    kwargs = _get_kwargs(
        sync_id=sync_id,
        sync_run_id=sync_run_id,
        status=status,
        page=page,
        per_page=per_page,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sync_id: int,
    sync_run_id: int,
    *,
    client: AuthenticatedClient | Client,
    status: SyncRecordStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    workspace_id: int,
) -> ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList | None:
    """List sync records

     Lists the records a sync run read and wrote, oldest `created_at` first, optionally by
    status. Unknown `sync_id` answers 404 `Sync not found`; a run that is not one of the
    sync's answers 404 `SyncRun not found`.

    Args:
        sync_id (int):
        sync_run_id (int):
        status (SyncRecordStatus | Unset):
        page (int | Unset):
        per_page (int | Unset):
        workspace_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractFailure | ErrorDocument | RailsError | ErrorDocument | SyncRecordList
    """

    return (
        await asyncio_detailed(
            sync_id=sync_id,
            sync_run_id=sync_run_id,
            client=client,
            status=status,
            page=page,
            per_page=per_page,
            workspace_id=workspace_id,
        )
    ).parsed
