-- Version 4: when the source said an alert was resolved (its own clock), so that a trigger which was sent
-- before that resolve but arrives after it (a retry, a slow queue) cannot reopen the alert.
ALTER TABLE rmm_alerts ADD COLUMN source_resolved_at BIGINT;
