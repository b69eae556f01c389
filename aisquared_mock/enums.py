"""The enum values of the server's models and request contracts (server-behavior §1 to §6).

They are stated here, not read from openapi.yaml, on purpose: the mock stands in for the
server, so the conformance suite checks the spec against an independent statement of what
the server accepts and emits.
"""

from __future__ import annotations

CONNECTOR_TYPES = ("source", "destination")
QUERY_TYPES = (
    "raw_sql",
    "dbt",
    "soql",
    "table_selector",
    "ai_ml",
    "dynamic_sql",
    "unstructured",
    "vector_search",
)
SCHEDULE_TYPES = ("manual", "interval", "cron_expression")
SYNC_MODES = ("full_refresh", "incremental")
SYNC_INTERVAL_UNITS = ("minutes", "hours", "days", "weeks")
RUN_STATUSES = (
    "pending",
    "started",
    "querying",
    "queued",
    "in_progress",
    "success",
    "paused",
    "failed",
    "canceled",
)
RECORD_STATUSES = ("pending", "success", "failed")
RECORD_ACTIONS = ("destination_insert", "destination_update")
