-- The registry keeps people per city (its coordinator keeps their details), the languages they
-- work in, the expert teams' topic catalogues and the tutors principals propose.

ALTER TABLE person ADD COLUMN city_id BIGINT;
UPDATE person p SET city_id = (
    SELECT MIN(s.city_id) FROM school_assignment a JOIN school s ON s.id = a.school_id
    WHERE a.person_id = p.id);
UPDATE person SET city_id = (SELECT MIN(id) FROM city) WHERE city_id IS NULL;
ALTER TABLE person ALTER COLUMN city_id SET NOT NULL;
ALTER TABLE person ADD CONSTRAINT fk_person_city FOREIGN KEY (city_id) REFERENCES city (id);
ALTER TABLE person ADD COLUMN languages VARCHAR(20) DEFAULT 'FI' NOT NULL;
CREATE INDEX ix_person_city_name ON person (city_id, last_name, first_name);
CREATE UNIQUE INDEX uk_person_email ON person (email);
CREATE INDEX ix_school_city_name ON school (city_id, name_fi);

CREATE SEQUENCE team_topic_seq START WITH 50 INCREMENT BY 50;
-- A topic an expert team trains on: its catalogue entry in three languages.
CREATE TABLE team_topic (
    id               BIGINT        NOT NULL PRIMARY KEY,
    team_id          BIGINT        NOT NULL,
    title_fi         VARCHAR(200)  NOT NULL,
    title_sv         VARCHAR(200)  NOT NULL,
    title_en         VARCHAR(200)  NOT NULL,
    description_fi   VARCHAR(2000) NOT NULL,
    description_sv   VARCHAR(2000) NOT NULL,
    description_en   VARCHAR(2000) NOT NULL,
    target_groups    VARCHAR(200)  NOT NULL,
    typical_minutes  INTEGER       NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_team_topic_team FOREIGN KEY (team_id) REFERENCES expert_team (id),
    CONSTRAINT ck_team_topic_minutes CHECK (typical_minutes BETWEEN 15 AND 480)
);
CREATE INDEX ix_team_topic_team ON team_topic (team_id, active);

CREATE SEQUENCE tutor_proposal_seq START WITH 50 INCREMENT BY 50;
-- A tutor teacher a principal proposes for their school; the city's coordinator confirms it.
CREATE TABLE tutor_proposal (
    id           BIGINT       NOT NULL PRIMARY KEY,
    school_id    BIGINT       NOT NULL,
    school_year  INTEGER      NOT NULL,
    first_name   VARCHAR(100) NOT NULL,
    last_name    VARCHAR(100) NOT NULL,
    email        VARCHAR(200) NOT NULL,
    proposed_by  VARCHAR(100) NOT NULL,
    proposed_at  TIMESTAMP    NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    decided_by   VARCHAR(100),
    decided_at   TIMESTAMP,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_tutor_proposal_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_tutor_proposal_status CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED'))
);
CREATE INDEX ix_tutor_proposal_school ON tutor_proposal (school_id, school_year, status);
