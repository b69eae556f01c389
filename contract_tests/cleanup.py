"""Delete what a live write run created (ids taken from its 201 responses)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import httpx

# Creating operation -> the collection its records are deleted from. Catalogs go with their
# connector. Syncs first: deleting a model or connector would take its syncs along anyway.
DELETE_PATHS = {
    "createSync": "/api/v1/syncs",
    "createModel": "/api/v1/models",
    "createConnector": "/api/v1/connectors",
}


def delete_created(
    client: httpx.Client, created: Sequence[tuple[str, str]], report: Callable[[str], None]
) -> list[str]:
    """DELETE every created record; return the ones that could not be deleted."""
    leftovers: list[str] = []
    for op in DELETE_PATHS:
        for name, record_id in created:
            if name != op:
                continue
            path = f"{DELETE_PATHS[op]}/{record_id}"
            try:
                status = client.delete(path).status_code
            except httpx.TransportError as exc:
                status, reason = 0, str(exc)
            else:
                reason = f"HTTP {status}"
            if status not in (204, 404):  # 404: already deleted by the run or a cascade
                leftovers.append(f"{path} ({reason})")
    report(f"clean-up: {len(created)} created records processed, {len(leftovers)} left")
    return leftovers
