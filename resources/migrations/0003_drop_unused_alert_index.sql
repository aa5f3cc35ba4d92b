-- Version 3: redeliveries are recognized through webhook_events (version 2), so the index on
-- rmm_alerts.provider_event_id only cost a random index write on every alert.
DROP INDEX rmm_alerts_event;
