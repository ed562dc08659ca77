-- Tutor activity plans (one per comprehensive school and school year, with goals, planned
-- activities, the submitted versions and the history of comments) and the activity log of tutors,
-- mentors, coaches and digital agents.

CREATE SEQUENCE tutor_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_goal_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_activity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE activity_log_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE tutor_plan (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    school_id          BIGINT        NOT NULL,
    school_year        INTEGER       NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    starting_point     VARCHAR(4000),
    follow_up          VARCHAR(4000),
    submitted_versions INTEGER       NOT NULL DEFAULT 0,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    approved_at        TIMESTAMP,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_school FOREIGN KEY (school_id) REFERENCES school (id),
    -- One plan per school and school year, whoever tries to start a second one at the same time.
    CONSTRAINT uk_plan_school_year UNIQUE (school_id, school_year),
    CONSTRAINT ck_plan_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))
);
CREATE INDEX ix_plan_year_status ON tutor_plan (school_year, status);

CREATE TABLE plan_goal (
    id               BIGINT        NOT NULL PRIMARY KEY,
    plan_id          BIGINT        NOT NULL,
    position         INTEGER       NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    competence_level VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_goal_plan FOREIGN KEY (plan_id) REFERENCES tutor_plan (id),
    CONSTRAINT ck_goal_level CHECK (competence_level IN ('BASIC', 'ADVANCED', 'DEVELOPER'))
);
CREATE INDEX ix_goal_plan ON plan_goal (plan_id, position);

CREATE TABLE plan_activity (
    id            BIGINT        NOT NULL PRIMARY KEY,
    plan_id       BIGINT        NOT NULL,
    goal_id       BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    what          VARCHAR(500)  NOT NULL,
    audience      VARCHAR(300)  NOT NULL,
    timing        VARCHAR(200)  NOT NULL,
    led_by        VARCHAR(200)  NOT NULL,
    planned_hours DECIMAL(6, 2) NOT NULL,
    CONSTRAINT fk_activity_plan FOREIGN KEY (plan_id) REFERENCES tutor_plan (id),
    CONSTRAINT fk_activity_goal FOREIGN KEY (goal_id) REFERENCES plan_goal (id),
    CONSTRAINT ck_activity_hours CHECK (planned_hours > 0 AND planned_hours <= 500)
);
CREATE INDEX ix_activity_plan ON plan_activity (plan_id, position);
CREATE INDEX ix_activity_goal ON plan_activity (goal_id);

-- Who did what to a plan, when, with what comment: shown on the plan, never changed.
CREATE TABLE plan_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    plan_id      BIGINT        NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    to_status    VARCHAR(20)   NOT NULL,
    plan_version INTEGER       NOT NULL,
    comment      VARCHAR(2000),
    CONSTRAINT fk_plan_event_plan FOREIGN KEY (plan_id) REFERENCES tutor_plan (id)
);
CREATE INDEX ix_plan_event_plan ON plan_event (plan_id, occurred_at);

-- The plan as it was submitted, every time: what the principal read and answered.
CREATE TABLE plan_version (
    id            BIGINT        NOT NULL PRIMARY KEY,
    plan_id       BIGINT        NOT NULL,
    number        INTEGER       NOT NULL,
    submitted_at  TIMESTAMP     NOT NULL,
    submitted_by  VARCHAR(200)  NOT NULL,
    content       CLOB          NOT NULL,
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES tutor_plan (id),
    CONSTRAINT uk_plan_version UNIQUE (plan_id, number)
);

CREATE TABLE activity_log_entry (
    id               BIGINT        NOT NULL PRIMARY KEY,
    person_id        BIGINT        NOT NULL,
    school_id        BIGINT        NOT NULL,
    school_role      VARCHAR(20)   NOT NULL,
    school_year      INTEGER       NOT NULL,
    done_on          DATE          NOT NULL,
    minutes          INTEGER       NOT NULL,
    activity_type    VARCHAR(20)   NOT NULL,
    colleagues       INTEGER       NOT NULL,
    topic            VARCHAR(300)  NOT NULL,
    goal_id          BIGINT,
    plan_activity_id BIGINT,
    created_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_log_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_log_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_log_goal FOREIGN KEY (goal_id) REFERENCES plan_goal (id),
    CONSTRAINT fk_log_activity FOREIGN KEY (plan_activity_id) REFERENCES plan_activity (id),
    CONSTRAINT ck_log_role CHECK (school_role IN ('TUTOR', 'MENTOR', 'COACH', 'DIGITAL_AGENT')),
    CONSTRAINT ck_log_minutes CHECK (minutes BETWEEN 15 AND 720),
    CONSTRAINT ck_log_colleagues CHECK (colleagues BETWEEN 0 AND 500),
    CONSTRAINT ck_log_type CHECK (activity_type IN ('ONE_TO_ONE', 'WORKSHOP', 'CO_TEACHING',
        'NETWORK_MEETING', 'SELF_STUDY', 'PLANNING', 'OTHER'))
);
CREATE INDEX ix_log_person_day ON activity_log_entry (person_id, school_year, done_on);
CREATE INDEX ix_log_school_year ON activity_log_entry (school_id, school_year, done_on);
CREATE INDEX ix_log_year_role_type ON activity_log_entry (school_year, school_role, activity_type, done_on);
CREATE INDEX ix_log_goal ON activity_log_entry (goal_id);
CREATE INDEX ix_log_plan_activity ON activity_log_entry (plan_activity_id);
