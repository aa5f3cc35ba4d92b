-- Nestogy desk schema, version 1.
-- Portable SQL: runs on SQLite 3.35+ and PostgreSQL 13+. The only dialect-specific pieces are the tokens
-- ${ID} (auto-increment primary key) and ${BLOB}, which SqlDialect substitutes. Times are UTC epoch
-- milliseconds (BIGINT); JSON documents are TEXT; booleans are INTEGER 0/1.
-- Statements end with a semicolon at the end of a line.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE admin_tokens (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    token_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);

CREATE TABLE clients (
    id ${ID},
    name TEXT NOT NULL,
    email TEXT,
    notify_opt_in INTEGER NOT NULL DEFAULT 0,
    timezone TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX clients_name ON clients (name);

CREATE TABLE technicians (
    id ${ID},
    name TEXT NOT NULL,
    email TEXT,
    skills TEXT NOT NULL DEFAULT '[]',
    capacity INTEGER NOT NULL DEFAULT 10,
    seniority INTEGER NOT NULL DEFAULT 1,
    working_hours TEXT NOT NULL DEFAULT '{}',
    timezone TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX technicians_email ON technicians (email);

CREATE TABLE assets (
    id ${ID},
    client_id BIGINT REFERENCES clients (id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    asset_type TEXT,
    serial TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX assets_client ON assets (client_id);
CREATE INDEX assets_serial ON assets (serial);

CREATE TABLE integrations (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    provider TEXT NOT NULL,
    name TEXT NOT NULL,
    api_endpoint TEXT,
    client_id BIGINT REFERENCES clients (id) ON DELETE SET NULL,
    field_mappings TEXT NOT NULL DEFAULT '{}',
    alert_rules TEXT NOT NULL DEFAULT '[]',
    settings TEXT NOT NULL DEFAULT '{}',
    is_active INTEGER NOT NULL DEFAULT 1,
    last_sync BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Secrets, sealed by CredentialVault (AES-256-GCM). slot 'previous' keeps a rotated-out secret valid until
-- expires_at.
CREATE TABLE integration_secrets (
    integration_id BIGINT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    slot TEXT NOT NULL DEFAULT 'current',
    sealed TEXT NOT NULL,
    expires_at BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (integration_id, field, slot)
);

CREATE TABLE client_aliases (
    id ${ID},
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    integration_id BIGINT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    rmm_key TEXT NOT NULL,
    rmm_name TEXT,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX client_aliases_key ON client_aliases (integration_id, rmm_key);

CREATE TABLE tickets (
    id ${ID},
    number BIGINT NOT NULL UNIQUE,
    subject TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    client_id BIGINT REFERENCES clients (id) ON DELETE SET NULL,
    asset_id BIGINT REFERENCES assets (id) ON DELETE SET NULL,
    priority TEXT NOT NULL,
    status TEXT NOT NULL,
    source TEXT NOT NULL,
    category TEXT,
    assignee_id BIGINT REFERENCES technicians (id) ON DELETE SET NULL,
    team TEXT,
    response_due BIGINT,
    resolution_due BIGINT,
    first_response_at BIGINT,
    resolved_at BIGINT,
    closed_by_system INTEGER NOT NULL DEFAULT 0,
    human_touched INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tickets_status_priority ON tickets (status, priority);
CREATE INDEX tickets_assignee ON tickets (assignee_id, status);
CREATE INDEX tickets_client ON tickets (client_id, created_at);

CREATE TABLE ticket_events (
    id ${ID},
    ticket_id BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    message TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);

CREATE TABLE rmm_alerts (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    integration_id BIGINT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    external_alert_id TEXT,
    series_key TEXT,
    provider_event_id TEXT,
    fingerprint TEXT NOT NULL,
    device_id TEXT,
    device_name TEXT,
    asset_id BIGINT REFERENCES assets (id) ON DELETE SET NULL,
    client_id BIGINT REFERENCES clients (id) ON DELETE SET NULL,
    client_name TEXT,
    alert_type TEXT,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    message TEXT,
    occurrences INTEGER NOT NULL DEFAULT 1,
    flap_count INTEGER NOT NULL DEFAULT 0,
    suppressed INTEGER NOT NULL DEFAULT 0,
    occurred_at BIGINT,
    first_seen BIGINT NOT NULL,
    last_seen BIGINT NOT NULL,
    resolved_at BIGINT,
    raw_payload TEXT,
    raw_content_type TEXT,
    ticket_id BIGINT REFERENCES tickets (id) ON DELETE SET NULL
);
CREATE INDEX rmm_alerts_fingerprint ON rmm_alerts (integration_id, fingerprint, status);
-- At most one open (not resolved) alert per fingerprint: the database, not memory, makes dedup race-free.
CREATE UNIQUE INDEX rmm_alerts_open_fingerprint ON rmm_alerts (integration_id, fingerprint) WHERE status <> 'resolved';
CREATE INDEX rmm_alerts_series ON rmm_alerts (integration_id, series_key);
CREATE INDEX rmm_alerts_event ON rmm_alerts (integration_id, provider_event_id);
CREATE INDEX rmm_alerts_open_severity ON rmm_alerts (status, severity, last_seen);
CREATE INDEX rmm_alerts_last_seen ON rmm_alerts (last_seen);

CREATE TABLE device_mappings (
    id ${ID},
    integration_id BIGINT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    rmm_device_id TEXT NOT NULL,
    asset_id BIGINT REFERENCES assets (id) ON DELETE SET NULL,
    client_id BIGINT REFERENCES clients (id) ON DELETE SET NULL,
    device_name TEXT,
    hostname TEXT,
    serial TEXT,
    mac_addresses TEXT NOT NULL DEFAULT '[]',
    ip_addresses TEXT NOT NULL DEFAULT '[]',
    os TEXT,
    last_seen BIGINT,
    stale INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX device_mappings_device ON device_mappings (integration_id, rmm_device_id);

CREATE TABLE jobs (
    id ${ID},
    kind TEXT NOT NULL,
    queue TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 0,
    payload TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 3,
    run_at BIGINT NOT NULL,
    last_error TEXT,
    locked_by TEXT,
    locked_at BIGINT,
    dedup_key TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX jobs_claim ON jobs (state, priority, run_at);
CREATE INDEX jobs_queue ON jobs (queue, state);

CREATE TABLE outbound_deliveries (
    id ${ID},
    integration_id BIGINT REFERENCES integrations (id) ON DELETE CASCADE,
    job_id BIGINT REFERENCES jobs (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    status_code INTEGER,
    error TEXT,
    duration_ms INTEGER,
    created_at BIGINT NOT NULL
);
CREATE INDEX outbound_deliveries_integration ON outbound_deliveries (integration_id, created_at);

CREATE TABLE audit_log (
    id ${ID},
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT,
    details TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
