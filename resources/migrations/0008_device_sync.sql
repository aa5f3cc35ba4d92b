-- Version 8: device inventory sync. One sync_runs row per requested sync of an integration, updated while its
-- SyncDeviceInventory job runs (the progress the desktop and GET /api/integrations/{id}/sync show). A run is
-- unfinished while finished_at is NULL; at most one per integration, across every process sharing the
-- database.
CREATE TABLE sync_runs (
    id ${ID},
    integration_id BIGINT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    job_id BIGINT REFERENCES jobs (id) ON DELETE SET NULL,
    state TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 0,
    pages INTEGER NOT NULL DEFAULT 0,
    fetched INTEGER NOT NULL DEFAULT 0,
    total INTEGER,
    inserted INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    marked_stale INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_at BIGINT NOT NULL,
    started_at BIGINT,
    finished_at BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX sync_runs_integration ON sync_runs (integration_id, id);
CREATE UNIQUE INDEX sync_runs_unfinished ON sync_runs (integration_id) WHERE finished_at IS NULL;
-- What the RMM says about a device beyond names: its organization/site (key and names), whether it is online;
-- which sync attempt saw it last (devices the latest complete listing did not return are marked stale); and
-- when a person remapped it (a sync then leaves its client and asset alone).
ALTER TABLE device_mappings ADD COLUMN rmm_client_key TEXT;
ALTER TABLE device_mappings ADD COLUMN rmm_client_name TEXT;
ALTER TABLE device_mappings ADD COLUMN rmm_site_name TEXT;
ALTER TABLE device_mappings ADD COLUMN online INTEGER;
ALTER TABLE device_mappings ADD COLUMN seen_by_sync TEXT;
ALTER TABLE device_mappings ADD COLUMN remapped_at BIGINT;
