-- A request may be sent with a need in the school's own words and no team (issue 19): it waits in
-- the shared triage list until a team leader takes it for one of their teams. The triage list asks
-- for the sent requests without a team, which the index on (team_id, status, submitted_at) already
-- serves (B-tree indexes hold NULLs on H2 and PostgreSQL alike).
-- Portable SQL: H2 2.x and PostgreSQL 15.
ALTER TABLE visit_request ALTER COLUMN team_id DROP NOT NULL;
