"""A plain httpx client for the suite's own calls (preflight, id discovery, clean-up).

Transport errors and rejected credentials become `ConfigError` (exit 2): they say nothing
about whether the API honours its contract.
"""

from __future__ import annotations

from typing import Any

import httpx

from .config import ConfigError

TIMEOUT = 15.0
UNAVAILABLE = {502, 503, 504}


def make_client(base_url: str, token: str, workspace_id: int) -> httpx.Client:
    headers = {
        "Authorization": f"Bearer {token}",
        "Workspace-Id": str(workspace_id),
        "Accept": "application/json",
        "User-Agent": "ai-squared-contract-tests",
    }
    return httpx.Client(base_url=base_url, headers=headers, timeout=TIMEOUT)


def get(client: httpx.Client, path: str, **params: Any) -> httpx.Response:
    """GET `path`; unreachable hosts and gateway outages raise ConfigError."""
    try:
        response = client.get(path, params=params or None)
    except httpx.TransportError as exc:
        reason = str(exc) or type(exc).__name__
        raise ConfigError(f"cannot reach {client.base_url}: {reason}") from None
    if response.status_code in UNAVAILABLE:
        raise ConfigError(
            f"{client.base_url} is unavailable: HTTP {response.status_code} on {path}"
        )
    return response


def preflight(client: httpx.Client, workspace_id: int) -> None:
    """One authenticated read: reachable, token accepted, workspace known — or exit 2."""
    response = get(client, "/api/v1/connectors", per_page=1)
    if response.status_code == 401:
        raise ConfigError(f"the API rejected the token (HTTP 401 on {response.request.url.path})")
    if response.status_code == 400 and "Workspace not found" in response.text:
        raise ConfigError(f"workspace {workspace_id} is unknown to the API or not the token's")
    if response.status_code == 404 and "json" not in response.headers.get("content-type", ""):
        raise ConfigError(f"{client.base_url} does not serve /api/v1 (HTTP 404, not JSON)")


def json_ids(response: httpx.Response) -> list[str]:
    """The `data[].id` values of a JSON:API list answer (empty if it is not one)."""
    if response.status_code != 200:
        return []
    try:
        body = response.json()
    except ValueError:
        return []
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        return []
    return [str(item["id"]) for item in data if isinstance(item, dict) and "id" in item]
