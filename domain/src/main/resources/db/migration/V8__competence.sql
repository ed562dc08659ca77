-- Competence: the teaching staff in the registry, the badge catalogue with versioned criteria,
-- applications with their evidence and history, grants, the granting community's founding
-- members and the levels waiting for (or given) the principal's confirmation.
-- Portable SQL: H2 today, PostgreSQL later (BYTEA is H2's alias of BINARY VARYING).

-- The teaching staff: a school's teachers, as many as it has, beside its principals.
ALTER TABLE school_assignment DROP CONSTRAINT ck_assignment_role;
ALTER TABLE school_assignment ADD CONSTRAINT ck_assignment_role CHECK (school_role IN
    ('PRINCIPAL', 'DAY_CARE_MANAGER', 'TUTOR', 'MENTOR', 'COACH', 'DIGITAL_AGENT', 'TEACHER'));
-- The standing counts a year's teaching staff by role across all schools.
CREATE INDEX ix_assignment_year_role ON school_assignment (school_year, school_role, school_id);
