-- The network: cities, schools, people, their roles in schools per school year, expert teams.
-- EclipseLink reads a sequence value as the last id of a block of 50, so the first value is 50.

CREATE SEQUENCE city_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE school_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE school_assignment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE expert_team_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE team_membership_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE city (
    id        BIGINT       NOT NULL PRIMARY KEY,
    code      VARCHAR(40)  NOT NULL,
    name_fi   VARCHAR(100) NOT NULL,
    name_sv   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    CONSTRAINT uk_city_code UNIQUE (code)
);

CREATE TABLE school (
    id          BIGINT       NOT NULL PRIMARY KEY,
    city_id     BIGINT       NOT NULL,
    name_fi     VARCHAR(200) NOT NULL,
    name_sv     VARCHAR(200) NOT NULL,
    school_type VARCHAR(40)  NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    address     VARCHAR(300),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_school_city FOREIGN KEY (city_id) REFERENCES city (id),
    CONSTRAINT ck_school_type CHECK (school_type IN ('DAY_CARE_UNIT', 'COMPREHENSIVE', 'GENERAL_UPPER_SECONDARY', 'VOCATIONAL')),
    CONSTRAINT ck_school_language CHECK (language IN ('FI', 'SV'))
);
CREATE INDEX ix_school_city_type ON school (city_id, school_type);
CREATE INDEX ix_school_name_fi ON school (name_fi);

CREATE TABLE person (
    id          BIGINT       NOT NULL PRIMARY KEY,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(200),
    phone       VARCHAR(40),
    login_name  VARCHAR(100),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_login UNIQUE (login_name)
);
CREATE INDEX ix_person_name ON person (last_name, first_name);

-- What a person is in a school in one school year (starting year: 2026 = 2026-2027).
CREATE TABLE school_assignment (
    id          BIGINT      NOT NULL PRIMARY KEY,
    person_id   BIGINT      NOT NULL,
    school_id   BIGINT      NOT NULL,
    school_role VARCHAR(40) NOT NULL,
    school_year INTEGER     NOT NULL,
    CONSTRAINT fk_assignment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_assignment_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uk_assignment UNIQUE (person_id, school_id, school_role, school_year),
    CONSTRAINT ck_assignment_role CHECK (school_role IN ('PRINCIPAL', 'DAY_CARE_MANAGER', 'TUTOR', 'MENTOR', 'COACH', 'DIGITAL_AGENT'))
);
CREATE INDEX ix_assignment_person_year ON school_assignment (person_id, school_year);
CREATE INDEX ix_assignment_school_year ON school_assignment (school_id, school_year, school_role);

CREATE TABLE expert_team (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_fi    VARCHAR(200) NOT NULL,
    name_sv    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    leader_id  BIGINT,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_expert_team_code UNIQUE (code),
    CONSTRAINT fk_expert_team_leader FOREIGN KEY (leader_id) REFERENCES person (id)
);
CREATE INDEX ix_expert_team_leader ON expert_team (leader_id);

-- An expert teacher's membership of a team in a school year, with the weekly hours reserved
-- for team work (their teaching is reduced by that much).
CREATE TABLE team_membership (
    id           BIGINT       NOT NULL PRIMARY KEY,
    team_id      BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    school_year  INTEGER      NOT NULL,
    weekly_hours DECIMAL(4,1) NOT NULL,
    CONSTRAINT fk_membership_team FOREIGN KEY (team_id) REFERENCES expert_team (id),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uk_membership UNIQUE (team_id, person_id, school_year),
    CONSTRAINT ck_membership_hours CHECK (weekly_hours > 0 AND weekly_hours <= 40)
);
CREATE INDEX ix_membership_person_year ON team_membership (person_id, school_year);
