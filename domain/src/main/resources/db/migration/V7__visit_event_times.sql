-- A visit's history keeps the time a scheduling step set and the time it replaced, so that a
-- rescheduled visit shows when it was moved from and to (the visit itself keeps only the newest).
ALTER TABLE visit_event ADD COLUMN previous_starts_at TIMESTAMP;
ALTER TABLE visit_event ADD COLUMN previous_ends_at TIMESTAMP;
ALTER TABLE visit_event ADD COLUMN starts_at TIMESTAMP;
ALTER TABLE visit_event ADD COLUMN ends_at TIMESTAMP;
