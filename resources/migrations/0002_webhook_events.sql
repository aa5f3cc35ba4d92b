-- Version 2: remembers each provider event id already taken, so an exact redelivery (same event id) is
-- answered with the same alert and counted once.
CREATE TABLE webhook_events (
    integration_id BIGINT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    provider_event_id TEXT NOT NULL,
    alert_id BIGINT NOT NULL REFERENCES rmm_alerts (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (integration_id, provider_event_id)
);
CREATE INDEX webhook_events_received ON webhook_events (received_at);
