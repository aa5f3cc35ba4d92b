-- Version 5: maintenance windows. Alerts inside one are stored and marked suppressed, and make no ticket;
-- when the window is over, alerts still open are processed. A window is one-off (starts_at..ends_at) or weekly
-- (weekdays + start_time..end_time in timezone), for a client, a device or a whole integration.
CREATE TABLE maintenance_windows (
    id ${ID},
    scope TEXT NOT NULL,
    scope_key TEXT NOT NULL,
    starts_at BIGINT,
    ends_at BIGINT,
    weekdays TEXT,
    start_time TEXT,
    end_time TEXT,
    timezone TEXT,
    reason TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX maintenance_windows_scope ON maintenance_windows (scope, scope_key);
CREATE INDEX rmm_alerts_suppressed ON rmm_alerts (suppressed, status);
