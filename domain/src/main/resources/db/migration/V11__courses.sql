-- Courses: the central courses that train the staff toward the levels and badges, their
-- sessions, the badges they lead to and the teachers' sign-ups with the waitlist and the
-- principal's approval. Portable SQL: H2 today, PostgreSQL later.

CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE course_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE course_sign_up_seq START WITH 50 INCREMENT BY 50;

-- A course of the catalogue. Its target group's school types and roles and the formats of its
-- sessions are small sets kept in one column each ("COMPREHENSIVE,VOCATIONAL"; empty: everyone).
-- first_day and last_day are its sessions' span, kept with the sessions, so that the catalogue
-- filters and sorts by date on the course row alone. No team: the central unit organises it.
CREATE TABLE course (
    id                BIGINT        NOT NULL PRIMARY KEY,
    name_fi           VARCHAR(200)  NOT NULL,
    name_sv           VARCHAR(200)  NOT NULL,
    name_en           VARCHAR(200)  NOT NULL,
    description_fi    VARCHAR(4000) NOT NULL,
    description_sv    VARCHAR(4000) NOT NULL,
    description_en    VARCHAR(4000) NOT NULL,
    teaching_language VARCHAR(2)    NOT NULL,
    school_types      VARCHAR(200)  NOT NULL,
    school_roles      VARCHAR(200)  NOT NULL,
    course_level      INTEGER       NOT NULL,
    team_id           BIGINT,
    city_code         VARCHAR(20),
    capacity          INTEGER       NOT NULL,
    minimum           INTEGER       NOT NULL,
    sign_up_opens     DATE          NOT NULL,
    sign_up_closes    DATE          NOT NULL,
    decision_date     DATE          NOT NULL,
    approval_needed   BOOLEAN       NOT NULL,
    price_cents       INTEGER,
    formats           VARCHAR(100)  NOT NULL,
    first_day         DATE          NOT NULL,
    last_day          DATE          NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_course_team FOREIGN KEY (team_id) REFERENCES expert_team (id),
    CONSTRAINT ck_course_language CHECK (teaching_language IN ('FI', 'SV')),
    CONSTRAINT ck_course_level CHECK (course_level BETWEEN 1 AND 3),
    CONSTRAINT ck_course_places CHECK (minimum >= 0 AND capacity >= 1 AND minimum <= capacity),
    CONSTRAINT ck_course_dates CHECK (sign_up_opens <= sign_up_closes
        AND sign_up_closes <= decision_date AND decision_date <= first_day
        AND first_day <= last_day),
    CONSTRAINT ck_course_price CHECK (price_cents IS NULL OR price_cents > 0)
);
-- The catalogue: upcoming courses by date, narrowed by level and language.
CREATE INDEX ix_course_last_day ON course (last_day, first_day);
CREATE INDEX ix_course_level_language ON course (course_level, teaching_language, first_day);
-- An organising team's own courses.
CREATE INDEX ix_course_team ON course (team_id, first_day);

-- A session of a course: a contact day with its place, a webinar at a set time with its link, an
-- online or self-paced part, a small-group sparring.
CREATE TABLE course_session (
    id         BIGINT        NOT NULL PRIMARY KEY,
    course_id  BIGINT        NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    starts_at  TIMESTAMP     NOT NULL,
    ends_at    TIMESTAMP     NOT NULL,
    place      VARCHAR(200),
    link       VARCHAR(500),
    CONSTRAINT fk_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_session_kind CHECK (kind IN ('CONTACT_DAY', 'WEBINAR', 'ONLINE', 'SPARRING')),
    CONSTRAINT ck_session_times CHECK (starts_at < ends_at)
);
-- A course's sessions in order; the substitute days of a school by month.
CREATE INDEX ix_session_course ON course_session (course_id, starts_at);

-- The badges a course leads toward (competence's catalogue).
CREATE TABLE course_badge (
    course_id BIGINT NOT NULL,
    badge_id  BIGINT NOT NULL,
    PRIMARY KEY (course_id, badge_id),
    CONSTRAINT fk_course_badge_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_badge_badge FOREIGN KEY (badge_id) REFERENCES badge (id)
);

-- A teacher's sign-up for a course, one per teacher and course (signing up again after a
-- cancellation reopens it). arrival orders the waitlist; it is given under the course's lock.
CREATE TABLE course_sign_up (
    id                BIGINT        NOT NULL PRIMARY KEY,
    course_id         BIGINT        NOT NULL,
    teacher_id        BIGINT        NOT NULL,
    school_id         BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    arrival           INTEGER       NOT NULL,
    substitute_needed BOOLEAN       NOT NULL DEFAULT FALSE,
    signed_up_at      TIMESTAMP     NOT NULL,
    decided_by        VARCHAR(200),
    decided_at        TIMESTAMP,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_sign_up_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_sign_up_teacher FOREIGN KEY (teacher_id) REFERENCES person (id),
    CONSTRAINT fk_sign_up_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uk_sign_up UNIQUE (course_id, teacher_id),
    CONSTRAINT ck_sign_up_status CHECK (status IN
        ('IN', 'WAITING', 'PENDING_APPROVAL', 'DECLINED', 'CANCELLED'))
);
-- A course's places and waitlist (counted, and the first waiting found, under its lock).
CREATE INDEX ix_sign_up_course_status ON course_sign_up (course_id, status, arrival);
-- A teacher's own sign-ups.
CREATE INDEX ix_sign_up_teacher ON course_sign_up (teacher_id, status);
-- A principal's school: sign-ups to approve, substitute days by month.
CREATE INDEX ix_sign_up_school_status ON course_sign_up (school_id, status, substitute_needed);
