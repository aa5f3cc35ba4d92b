-- Version 7: the desktop's default list is the unresolved alerts, newest first. Without this index SQLite
-- either sorted every unresolved alert for each page (status index) or, with statistics, scanned the
-- resolved ones too (last_seen index): 0.3-1.5 s a page at a million alerts. A partial index holds just
-- the unresolved alerts in list order, on SQLite and PostgreSQL alike.
CREATE INDEX rmm_alerts_unresolved_last_seen ON rmm_alerts (last_seen, id) WHERE status <> 'resolved';
