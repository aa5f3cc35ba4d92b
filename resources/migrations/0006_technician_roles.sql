-- Version 6: technicians have a role. Managers hear of SLA breaches (and take part in assignment like anyone
-- else); 'technician' is everyone else.
ALTER TABLE technicians ADD COLUMN role TEXT NOT NULL DEFAULT 'technician';
