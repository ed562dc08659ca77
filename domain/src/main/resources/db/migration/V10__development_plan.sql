-- Competence: a teacher's personal development plan for a school year (the level and badges they
-- aim at and how they mean to get there) and the development discussion with their principal in
-- which it was agreed: its date and the points agreed.

CREATE SEQUENCE development_plan_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE development_plan (
    id              BIGINT        NOT NULL PRIMARY KEY,
    person_id       BIGINT        NOT NULL,
    school_year     INTEGER       NOT NULL,
    target_level    INTEGER       NOT NULL,
    ways            VARCHAR(100)  NOT NULL,
    description     VARCHAR(4000),
    updated_at      TIMESTAMP     NOT NULL,
    discussed_on    DATE,
    agreed_points   VARCHAR(4000),
    discussed_by    VARCHAR(200),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_development_plan_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uk_development_plan UNIQUE (person_id, school_year),
    CONSTRAINT ck_development_plan_level CHECK (target_level BETWEEN 1 AND 3)
);
-- The principal's list of the school's plans of a year.
CREATE INDEX ix_development_plan_year ON development_plan (school_year, person_id);

-- The badges a plan aims at.
CREATE TABLE development_plan_badge (
    plan_id   BIGINT NOT NULL,
    badge_id  BIGINT NOT NULL,
    CONSTRAINT pk_development_plan_badge PRIMARY KEY (plan_id, badge_id),
    CONSTRAINT fk_development_plan_badge_plan FOREIGN KEY (plan_id) REFERENCES development_plan (id),
    CONSTRAINT fk_development_plan_badge_badge FOREIGN KEY (badge_id) REFERENCES badge (id)
);
