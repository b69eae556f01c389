-- Tables of the mock; JSON columns hold compact JSON text, timestamps ISO-8601 UTC
-- with milliseconds and `Z` (so text order is time order).
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS workspaces (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id)
);
CREATE TABLE IF NOT EXISTS memberships (
    user_id INTEGER NOT NULL REFERENCES users(id),
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, workspace_id)
);
CREATE TABLE IF NOT EXISTS connectors (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    connector_type TEXT NOT NULL,
    connector_name TEXT NOT NULL,
    configuration TEXT NOT NULL,
    category TEXT NOT NULL,
    sub_category TEXT NOT NULL,
    source_rows TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS connectors_ws ON connectors (workspace_id, updated_at);
CREATE TABLE IF NOT EXISTS catalogs (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    connector_id INTEGER NOT NULL UNIQUE,
    catalog TEXT NOT NULL,
    catalog_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS models (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    connector_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    query TEXT,
    query_type TEXT,
    configuration TEXT,
    primary_key TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS models_ws ON models (workspace_id, updated_at);
CREATE TABLE IF NOT EXISTS syncs (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL,
    source_id INTEGER NOT NULL,
    destination_id INTEGER NOT NULL,
    model_id INTEGER NOT NULL,
    configuration TEXT NOT NULL,
    schedule_type TEXT NOT NULL,
    sync_mode TEXT,
    sync_interval INTEGER,
    sync_interval_unit TEXT,
    cron_expression TEXT,
    stream_name TEXT NOT NULL,
    status TEXT NOT NULL,
    cursor_field TEXT,
    current_cursor_field TEXT,
    workflow_id TEXT,
    discarded_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS syncs_ws ON syncs (workspace_id, updated_at);
CREATE TABLE IF NOT EXISTS sync_runs (
    id INTEGER PRIMARY KEY,
    sync_id INTEGER NOT NULL,
    workspace_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    sync_run_type TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    duration REAL,
    total_query_rows INTEGER,
    total_rows INTEGER,
    successful_rows INTEGER,
    failed_rows INTEGER,
    skipped_rows INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    discarded_at TEXT,
    -- epoch seconds at which a mock-driven run started moving; NULL for static runs
    flow_origin REAL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_runs_sync ON sync_runs (sync_id, updated_at);
CREATE TABLE IF NOT EXISTS sync_records (
    id INTEGER PRIMARY KEY,
    sync_id INTEGER,
    sync_run_id INTEGER,
    record TEXT NOT NULL,
    status TEXT NOT NULL,
    action TEXT NOT NULL,
    logs TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    attributes TEXT NOT NULL  -- the JSON:API attributes object, serialized once at insert
);
CREATE INDEX IF NOT EXISTS sync_records_run ON sync_records (sync_run_id, created_at);
CREATE INDEX IF NOT EXISTS sync_records_run_status ON sync_records (sync_run_id, status, created_at);
