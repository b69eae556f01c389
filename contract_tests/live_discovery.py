"""Find real resource ids through the list endpoints, so generated cases reach real data."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from .api_client import get, json_ids
from .config import ConfigError

LIMIT = 10  # ids kept per resource
SYNCS_PROBED = 5  # syncs whose runs are listed to find one that has runs


@dataclass(frozen=True)
class KnownIds:
    """Ids of the workspace, as the API listed them (empty when it has none)."""

    connectors: tuple[int, ...] = ()
    models: tuple[int, ...] = ()
    syncs: tuple[int, ...] = ()
    run_sync: int | None = None  # a sync that has runs
    runs: tuple[int, ...] = ()  # runs of `run_sync`
    definitions: tuple[str, ...] = ()  # source connector definition names

    def describe(self) -> str:
        return (
            f"connectors {list(self.connectors)}, models {list(self.models)}, "
            f"syncs {list(self.syncs)}, runs {list(self.runs)} of sync {self.run_sync}, "
            f"{len(self.definitions)} definitions"
        )


def _int_ids(response: httpx.Response) -> tuple[int, ...]:
    return tuple(int(i) for i in json_ids(response) if i.isdigit())[:LIMIT]


def _definition_names(response: httpx.Response) -> tuple[str, ...]:
    if response.status_code != 200:
        return ()
    body = response.json()
    entries = body.get("source", []) if isinstance(body, dict) else body
    if not isinstance(entries, list):
        return ()
    names = [e["name"] for e in entries if isinstance(e, dict) and isinstance(e.get("name"), str)]
    return tuple(names[:LIMIT])


def discover(client: httpx.Client) -> KnownIds:
    """List connectors, models, syncs, runs of the first sync that has some, definitions."""
    syncs = _int_ids(get(client, "/api/v1/syncs", per_page=LIMIT))
    run_sync: int | None = None
    runs: tuple[int, ...] = ()
    for sync_id in syncs[:SYNCS_PROBED]:
        found = _int_ids(get(client, f"/api/v1/syncs/{sync_id}/sync_runs", per_page=LIMIT))
        if found:
            run_sync, runs = sync_id, found
            break
    return KnownIds(
        connectors=_int_ids(get(client, "/api/v1/connectors", per_page=LIMIT)),
        models=_int_ids(get(client, "/api/v1/models", per_page=LIMIT)),
        syncs=syncs,
        run_sync=run_sync,
        runs=runs,
        definitions=_definition_names(get(client, "/api/v1/connector_definitions")),
    )


MAX_PAGES = 200  # 20,000 records per resource at 100 a page


def existing_records(client: httpx.Client) -> dict[str, list[int]]:
    """Every connector, model and sync id of the workspace, page by page (for the write guard)."""
    found: dict[str, list[int]] = {}
    for resource in ("connectors", "models", "syncs"):
        ids: list[int] = []
        url: str | None = f"/api/v1/{resource}?page=1&per_page=100"
        for _ in range(MAX_PAGES):
            if url is None:
                break
            response = get(client, url)
            page = [int(i) for i in json_ids(response) if i.isdigit()]
            ids.extend(page)
            links = response.json().get("links", {}) if page else {}
            url = links.get("next") if isinstance(links, dict) else None
        else:
            raise ConfigError(
                f"more than {MAX_PAGES} pages of {resource}: not a dedicated workspace"
            )
        found[resource] = ids
    return found
