-- Feedback that leads somewhere: the participants' answers to a course, each subject's feedback
-- in short (a visit's or a course's, reported by its context) with its trainers, and the feedback
-- discussion an average under 3.5 opens. Portable SQL: H2 today, PostgreSQL later.

CREATE SEQUENCE course_feedback_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE feedback_subject_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE feedback_discussion_seq START WITH 50 INCREMENT BY 50;

-- A participant's answer to a course after its last day: one per teacher and course, changed in
-- place until the feedback closes.
CREATE TABLE course_feedback (
    id          BIGINT        NOT NULL PRIMARY KEY,
    course_id   BIGINT        NOT NULL,
    teacher_id  BIGINT        NOT NULL,
    rating      INTEGER       NOT NULL,
    comment     VARCHAR(2000),
    given_at    TIMESTAMP     NOT NULL,
    CONSTRAINT fk_course_feedback_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_feedback_teacher FOREIGN KEY (teacher_id) REFERENCES person (id),
    CONSTRAINT uk_course_feedback UNIQUE (course_id, teacher_id),
    CONSTRAINT ck_course_feedback_rating CHECK (rating BETWEEN 1 AND 5)
);

-- What was given feedback on (kind VISIT or COURSE and its id in its own context), by whom
-- (team; no team: the central unit), when (held_on, and the term it falls in), and the feedback
-- in short: the sum of the ratings and how many answered. A title is as long as a visit's need.
CREATE TABLE feedback_subject (
    id          BIGINT        NOT NULL PRIMARY KEY,
    kind        VARCHAR(10)   NOT NULL,
    subject_id  BIGINT        NOT NULL,
    title_fi    VARCHAR(1000) NOT NULL,
    title_sv    VARCHAR(1000) NOT NULL,
    title_en    VARCHAR(1000) NOT NULL,
    team_id     BIGINT,
    held_on     DATE          NOT NULL,
    term_start  DATE          NOT NULL,
    rating_sum  INTEGER       NOT NULL,
    answers     INTEGER       NOT NULL,
    CONSTRAINT fk_feedback_subject_team FOREIGN KEY (team_id) REFERENCES expert_team (id),
    CONSTRAINT uk_feedback_subject UNIQUE (kind, subject_id),
    CONSTRAINT ck_feedback_subject_kind CHECK (kind IN ('VISIT', 'COURSE')),
    CONSTRAINT ck_feedback_subject_answers CHECK (answers >= 0 AND rating_sum >= answers
        AND rating_sum <= 5 * answers)
);
-- Trends per team over terms.
CREATE INDEX ix_feedback_subject_team_term ON feedback_subject (team_id, term_start);

-- The trainers of a subject: the experts booked on a visit.
CREATE TABLE feedback_trainer (
    subject_row_id BIGINT NOT NULL,
    person_id      BIGINT NOT NULL,
    PRIMARY KEY (subject_row_id, person_id),
    CONSTRAINT fk_feedback_trainer_subject FOREIGN KEY (subject_row_id)
        REFERENCES feedback_subject (id),
    CONSTRAINT fk_feedback_trainer_person FOREIGN KEY (person_id) REFERENCES person (id)
);
-- A trainer's own discussions and trends.
CREATE INDEX ix_feedback_trainer_person ON feedback_trainer (person_id);

-- The discussion an average under 3.5 opened: at most one per subject. The leader records when it
-- was held and what was agreed, then closes it.
CREATE TABLE feedback_discussion (
    id             BIGINT        NOT NULL PRIMARY KEY,
    subject_row_id BIGINT        NOT NULL,
    opened_at      TIMESTAMP     NOT NULL,
    due_on         DATE          NOT NULL,
    held_on        DATE,
    agreed         VARCHAR(4000),
    recorded_by    VARCHAR(200),
    closed_at      TIMESTAMP,
    closed_by      VARCHAR(200),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_feedback_discussion_subject FOREIGN KEY (subject_row_id)
        REFERENCES feedback_subject (id),
    CONSTRAINT uk_feedback_discussion UNIQUE (subject_row_id),
    CONSTRAINT ck_feedback_discussion_closed CHECK (closed_at IS NULL OR held_on IS NOT NULL)
);
-- Open discussions by due date.
CREATE INDEX ix_feedback_discussion_due ON feedback_discussion (closed_at, due_on);
