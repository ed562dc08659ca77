-- Reporting: the yearly self-assessment survey of the teaching staff. A round has a window and a
-- question set (one question per competence area and level, in fi/sv/en); each teacher answers a
-- round once (a response, kept with the school they answered for, so that results group by school,
-- type, language and city in SQL) and may change the answers until the round closes.

CREATE SEQUENCE survey_round_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE survey_question_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE survey_response_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE survey_answer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE survey_round (
    id           BIGINT        NOT NULL PRIMARY KEY,
    school_year  INTEGER       NOT NULL,
    opens_on     DATE          NOT NULL,
    closes_on    DATE          NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_survey_round_year UNIQUE (school_year),
    CONSTRAINT ck_survey_round_window CHECK (closes_on >= opens_on)
);

CREATE TABLE survey_question (
    id              BIGINT         NOT NULL PRIMARY KEY,
    round_id        BIGINT         NOT NULL,
    position        INTEGER        NOT NULL,
    question_level  INTEGER        NOT NULL,
    area_fi         VARCHAR(200)   NOT NULL,
    area_sv         VARCHAR(200)   NOT NULL,
    area_en         VARCHAR(200)   NOT NULL,
    text_fi         VARCHAR(4000)  NOT NULL,
    text_sv         VARCHAR(4000)  NOT NULL,
    text_en         VARCHAR(4000)  NOT NULL,
    CONSTRAINT fk_survey_question_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
    CONSTRAINT ck_survey_question_level CHECK (question_level BETWEEN 1 AND 3)
);
CREATE INDEX ix_survey_question_round ON survey_question (round_id, position);

CREATE TABLE survey_response (
    id           BIGINT     NOT NULL PRIMARY KEY,
    round_id     BIGINT     NOT NULL,
    person_id    BIGINT     NOT NULL,
    school_id    BIGINT     NOT NULL,
    answered_at  TIMESTAMP  NOT NULL,
    version      BIGINT     NOT NULL DEFAULT 0,
    CONSTRAINT fk_survey_response_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
    CONSTRAINT fk_survey_response_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_survey_response_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uk_survey_response UNIQUE (round_id, person_id)
);
-- The results of a round grouped by school (and through it by type, language, city).
CREATE INDEX ix_survey_response_school ON survey_response (round_id, school_id);

CREATE TABLE survey_answer (
    id           BIGINT   NOT NULL PRIMARY KEY,
    response_id  BIGINT   NOT NULL,
    question_id  BIGINT   NOT NULL,
    step         INTEGER  NOT NULL,
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id),
    CONSTRAINT uk_survey_answer UNIQUE (response_id, question_id),
    CONSTRAINT ck_survey_answer_step CHECK (step BETWEEN 1 AND 4)
);
CREATE INDEX ix_survey_answer_question ON survey_answer (question_id, step);
