-- Training visits: a school's request to an expert team, its history, the experts booked for it,
-- the feedback on it, and the secret tokens of the calendar feeds.

CREATE SEQUENCE visit_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE visit_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE expert_booking_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE visit_feedback_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE calendar_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE visit_request (
    id                BIGINT        NOT NULL PRIMARY KEY,
    school_id         BIGINT        NOT NULL,
    team_id           BIGINT        NOT NULL,
    topic_id          BIGINT,
    need              VARCHAR(1000),
    target_group      VARCHAR(20)   NOT NULL,
    target_detail     VARCHAR(300),
    participants      INTEGER       NOT NULL,
    preferred_from    DATE          NOT NULL,
    preferred_until   DATE          NOT NULL,
    preferred_note    VARCHAR(300),
    duration_minutes  INTEGER       NOT NULL,
    visit_mode        VARCHAR(10)   NOT NULL,
    visit_language    VARCHAR(2)    NOT NULL,
    goal              VARCHAR(2000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    requested_by_id   BIGINT        NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    submitted_at      TIMESTAMP,
    answered_at       TIMESTAMP,
    starts_at         TIMESTAMP,
    ends_at           TIMESTAMP,
    place             VARCHAR(300),
    calendar_sequence INTEGER       NOT NULL DEFAULT 0,
    updated_at        TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_visit_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_visit_team FOREIGN KEY (team_id) REFERENCES expert_team (id),
    CONSTRAINT fk_visit_topic FOREIGN KEY (topic_id) REFERENCES team_topic (id),
    CONSTRAINT fk_visit_requester FOREIGN KEY (requested_by_id) REFERENCES person (id),
    CONSTRAINT ck_visit_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'DECLINED',
        'SCHEDULED', 'DELIVERED', 'CLOSED', 'CANCELLED')),
    CONSTRAINT ck_visit_target CHECK (target_group IN ('WHOLE_STAFF', 'GRADE_TEAM', 'NAMED_TEACHERS')),
    CONSTRAINT ck_visit_mode CHECK (visit_mode IN ('ON_SITE', 'REMOTE')),
    CONSTRAINT ck_visit_language CHECK (visit_language IN ('FI', 'SV')),
    CONSTRAINT ck_visit_participants CHECK (participants BETWEEN 1 AND 500),
    CONSTRAINT ck_visit_duration CHECK (duration_minutes BETWEEN 15 AND 480),
    CONSTRAINT ck_visit_window CHECK (preferred_until >= preferred_from)
);
CREATE INDEX ix_visit_team_status ON visit_request (team_id, status, submitted_at);
CREATE INDEX ix_visit_school ON visit_request (school_id, created_at);
CREATE INDEX ix_visit_status_created ON visit_request (status, created_at);

-- Who did what to a visit and why: shown on the request, never changed.
CREATE TABLE visit_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)   NOT NULL,
    reason       VARCHAR(1000),
    CONSTRAINT fk_visit_event_request FOREIGN KEY (request_id) REFERENCES visit_request (id)
);
CREATE INDEX ix_visit_event_request ON visit_event (request_id, occurred_at);

-- An expert's time reserved for a scheduled visit. The scheduler locks the expert's person row
-- before checking overlaps, so two concurrent bookings of the same hours cannot both succeed.
CREATE TABLE expert_booking (
    id          BIGINT    NOT NULL PRIMARY KEY,
    request_id  BIGINT    NOT NULL,
    expert_id   BIGINT    NOT NULL,
    starts_at   TIMESTAMP NOT NULL,
    ends_at     TIMESTAMP NOT NULL,
    CONSTRAINT fk_booking_request FOREIGN KEY (request_id) REFERENCES visit_request (id),
    CONSTRAINT fk_booking_expert FOREIGN KEY (expert_id) REFERENCES person (id),
    CONSTRAINT uk_booking UNIQUE (request_id, expert_id),
    CONSTRAINT ck_booking_time CHECK (ends_at > starts_at)
);
CREATE INDEX ix_booking_expert_time ON expert_booking (expert_id, starts_at, ends_at);

CREATE TABLE visit_feedback (
    id          BIGINT        NOT NULL PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    rating      INTEGER       NOT NULL,
    comment     VARCHAR(2000),
    given_by    VARCHAR(200)  NOT NULL,
    given_at    TIMESTAMP     NOT NULL,
    CONSTRAINT fk_feedback_request FOREIGN KEY (request_id) REFERENCES visit_request (id),
    CONSTRAINT ck_feedback_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_feedback_request ON visit_feedback (request_id);

-- A secret address of an expert's or a team's calendar feed; revoking it ends the subscription.
CREATE TABLE calendar_token (
    id          BIGINT       NOT NULL PRIMARY KEY,
    token       VARCHAR(64)  NOT NULL,
    expert_id   BIGINT,
    team_id     BIGINT,
    created_at  TIMESTAMP    NOT NULL,
    revoked     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_calendar_token UNIQUE (token),
    CONSTRAINT fk_token_expert FOREIGN KEY (expert_id) REFERENCES person (id),
    CONSTRAINT fk_token_team FOREIGN KEY (team_id) REFERENCES expert_team (id),
    CONSTRAINT ck_token_owner CHECK ((expert_id IS NULL) <> (team_id IS NULL))
);
