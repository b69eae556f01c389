"""One module per API tag; importing them fills the operation registry."""

from __future__ import annotations

import importlib

MODULES = (
    "connectors",
    "connector_definitions",
    "models",
    "catalogs",
    "syncs",
    "schedule_syncs",
    "sync_runs",
    "sync_records",
)


def load_all() -> None:
    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}")
