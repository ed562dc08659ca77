-- Innovative pilot schools: a school's development project per school year (area, texts, its
-- teachers, timetable and budget; written by the school, accepted by the city's coordinator), the
-- self-evaluation rounds twice a year with their questions and the schools' answers, and the
-- library items a project's outcomes were published as.

CREATE SEQUENCE pilot_project_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE evaluation_round_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE pilot_evaluation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pilot_project (
    id             BIGINT        NOT NULL PRIMARY KEY,
    school_id      BIGINT        NOT NULL,
    school_year    INTEGER       NOT NULL,
    area           VARCHAR(40)   NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    title          VARCHAR(200),
    goals          VARCHAR(4000),
    actions        VARCHAR(4000),
    return_comment VARCHAR(2000),
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    accepted_at    TIMESTAMP,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_pilot_school FOREIGN KEY (school_id) REFERENCES school (id),
    -- One project per school and school year: a school is a pilot in the years it has one.
    CONSTRAINT uk_pilot_school_year UNIQUE (school_id, school_year),
    CONSTRAINT ck_pilot_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    CONSTRAINT ck_pilot_area CHECK (area IN ('E_PORTFOLIO', 'PHENOMENON_BASED_LEARNING',
        'LEARNING_WITHOUT_TEXTBOOKS', 'LEARNING_WITHOUT_DESKS', 'LEARNING_OUTSIDE_SCHOOL'))
);
CREATE INDEX ix_pilot_year_area ON pilot_project (school_year, area, state);

-- The project's teachers: people of the school's staff, by their registry id.
CREATE TABLE pilot_teacher (
    project_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    CONSTRAINT pk_pilot_teacher PRIMARY KEY (project_id, person_id),
    CONSTRAINT fk_pilot_teacher_project FOREIGN KEY (project_id) REFERENCES pilot_project (id),
    CONSTRAINT fk_pilot_teacher_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_pilot_teacher_person ON pilot_teacher (person_id);

CREATE TABLE pilot_milestone (
    project_id BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    what       VARCHAR(300) NOT NULL,
    due_on     DATE         NOT NULL,
    CONSTRAINT pk_pilot_milestone PRIMARY KEY (project_id, position),
    CONSTRAINT fk_pilot_milestone_project FOREIGN KEY (project_id) REFERENCES pilot_project (id)
);

CREATE TABLE pilot_budget_line (
    project_id BIGINT         NOT NULL,
    position   INTEGER        NOT NULL,
    item       VARCHAR(300)   NOT NULL,
    euros      DECIMAL(10, 2) NOT NULL,
    CONSTRAINT pk_pilot_budget_line PRIMARY KEY (project_id, position),
    CONSTRAINT fk_pilot_budget_project FOREIGN KEY (project_id) REFERENCES pilot_project (id),
    CONSTRAINT ck_pilot_budget_euros CHECK (euros >= 0)
);

-- The library items published from a project's outcomes (the item lives in the library).
CREATE TABLE pilot_outcome (
    project_id   BIGINT       NOT NULL,
    item_id      BIGINT       NOT NULL,
    title        VARCHAR(300) NOT NULL,
    published_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_pilot_outcome PRIMARY KEY (project_id, item_id),
    CONSTRAINT fk_pilot_outcome_project FOREIGN KEY (project_id) REFERENCES pilot_project (id)
);

-- A self-evaluation round: SPRING (against the plan) or NOVEMBER (culture and learning), once
-- each per school year, with its questions in three languages and a due date.
CREATE TABLE evaluation_round (
    id          BIGINT      NOT NULL PRIMARY KEY,
    school_year INTEGER     NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    due_on      DATE        NOT NULL,
    opened_at   TIMESTAMP   NOT NULL,
    CONSTRAINT uk_evaluation_round UNIQUE (school_year, kind),
    CONSTRAINT ck_evaluation_round_kind CHECK (kind IN ('SPRING', 'NOVEMBER'))
);

CREATE TABLE evaluation_question (
    round_id BIGINT        NOT NULL,
    position INTEGER       NOT NULL,
    text_fi  VARCHAR(1000) NOT NULL,
    text_sv  VARCHAR(1000) NOT NULL,
    text_en  VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_evaluation_question PRIMARY KEY (round_id, position),
    CONSTRAINT fk_evaluation_question_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id)
);

-- A project's answers to a round: saved as a draft, then submitted once.
CREATE TABLE pilot_evaluation (
    id           BIGINT      NOT NULL PRIMARY KEY,
    round_id     BIGINT      NOT NULL,
    project_id   BIGINT      NOT NULL,
    submitted    BOOLEAN     NOT NULL DEFAULT FALSE,
    submitted_at TIMESTAMP,
    updated_at   TIMESTAMP   NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_pilot_evaluation_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id),
    CONSTRAINT fk_pilot_evaluation_project FOREIGN KEY (project_id) REFERENCES pilot_project (id),
    CONSTRAINT uk_pilot_evaluation UNIQUE (round_id, project_id)
);
CREATE INDEX ix_pilot_evaluation_project ON pilot_evaluation (project_id);

CREATE TABLE evaluation_answer (
    evaluation_id BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    answer        VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_evaluation_answer PRIMARY KEY (evaluation_id, position),
    CONSTRAINT fk_evaluation_answer FOREIGN KEY (evaluation_id) REFERENCES pilot_evaluation (id)
);
