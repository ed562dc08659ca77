-- A course's life after sign-up: the organiser's decision on a course under its minimum (pooled
-- with Espoo's and Vantaa's Swedish-speaking staff, or cancelled with a reason), what completing
-- it asks (the sessions required, a final assignment), attendance per session, the returned
-- assignment and the reminder sent before the course. Portable SQL: H2 today, PostgreSQL later.

-- OPEN, POOLED or CANCELLED; the reason is kept for a cancellation.
ALTER TABLE course ADD COLUMN course_state VARCHAR(20) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE course ADD COLUMN cancel_reason VARCHAR(1000);
ALTER TABLE course ADD COLUMN final_assignment BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE course ADD CONSTRAINT ck_course_state CHECK (course_state IN
    ('OPEN', 'POOLED', 'CANCELLED'));
-- The organisers' courses waiting for a decision: under the minimum once the decision date is
-- reached, still open.
CREATE INDEX ix_course_state_decision ON course (course_state, decision_date);
-- The reminder timer's courses: those starting within the next days.
CREATE INDEX ix_course_first_day ON course (first_day, course_state);

-- The sessions of a course a teacher need not attend to complete it (every other one is
-- required). Kept by the session's start, which the course's edits keep for a held session.
CREATE TABLE course_optional_session (
    course_id BIGINT    NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    PRIMARY KEY (course_id, starts_at),
    CONSTRAINT fk_optional_session_course FOREIGN KEY (course_id) REFERENCES course (id)
);

-- A participant was at a session (by its start), as the organiser marked it.
CREATE TABLE course_attendance (
    sign_up_id BIGINT       NOT NULL,
    starts_at  TIMESTAMP    NOT NULL,
    marked_by  VARCHAR(200) NOT NULL,
    marked_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (sign_up_id, starts_at),
    CONSTRAINT fk_attendance_sign_up FOREIGN KEY (sign_up_id) REFERENCES course_sign_up (id)
);

-- When the final assignment was returned; when the reminder before the course was queued (once
-- per sign-up: the timer takes only those without one).
ALTER TABLE course_sign_up ADD COLUMN assignment_returned_at TIMESTAMP;
ALTER TABLE course_sign_up ADD COLUMN reminded_at TIMESTAMP;
-- The reminder timer's round: places given on courses starting soon, not yet reminded.
CREATE INDEX ix_sign_up_reminder ON course_sign_up (status, reminded_at);
