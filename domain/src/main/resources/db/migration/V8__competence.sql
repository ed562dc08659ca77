-- Competence: the teaching staff in the registry, the badge catalogue with versioned criteria,
-- applications with their evidence and history, grants, the granting community's founding
-- members and the levels waiting for (or given) the principal's confirmation.
-- Portable SQL: H2 today, PostgreSQL later (BYTEA is H2's alias of BINARY VARYING).

-- The teaching staff: a school's teachers, as many as it has, beside its principals.
ALTER TABLE school_assignment DROP CONSTRAINT ck_assignment_role;
ALTER TABLE school_assignment ADD CONSTRAINT ck_assignment_role CHECK (school_role IN
    ('PRINCIPAL', 'DAY_CARE_MANAGER', 'TUTOR', 'MENTOR', 'COACH', 'DIGITAL_AGENT', 'TEACHER'));
-- The standing counts a year's teaching staff by role across all schools.
CREATE INDEX ix_assignment_year_role ON school_assignment (school_year, school_role, school_id);

CREATE SEQUENCE badge_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE badge_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE badge_application_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE badge_application_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE evidence_file_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE badge_grant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE founding_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE level_confirmation_seq START WITH 50 INCREMENT BY 50;

-- A badge of the catalogue: its level, area and name. Its criteria live in its versions; a
-- retired badge is granted no more, and the grants made of it stay.
CREATE TABLE badge (
    id              BIGINT       NOT NULL PRIMARY KEY,
    badge_level     INTEGER      NOT NULL,
    area_fi         VARCHAR(200) NOT NULL,
    area_sv         VARCHAR(200) NOT NULL,
    area_en         VARCHAR(200) NOT NULL,
    name_fi         VARCHAR(200) NOT NULL,
    name_sv         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    current_version INTEGER      NOT NULL,
    retired         BOOLEAN      NOT NULL DEFAULT FALSE,
    retired_at      TIMESTAMP,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_badge_level CHECK (badge_level BETWEEN 1 AND 3),
    CONSTRAINT ck_badge_version CHECK (current_version >= 1)
);
-- The current catalogue by level: levels' requirements and the granting community.
CREATE INDEX ix_badge_retired_level ON badge (retired, badge_level);

-- One version of a badge's criteria and the evidence it asks for; never changed once written.
CREATE TABLE badge_version (
    id          BIGINT        NOT NULL PRIMARY KEY,
    badge_id    BIGINT        NOT NULL,
    version_number INTEGER    NOT NULL,
    criteria_fi VARCHAR(4000) NOT NULL,
    criteria_sv VARCHAR(4000) NOT NULL,
    criteria_en VARCHAR(4000) NOT NULL,
    evidence_fi VARCHAR(4000) NOT NULL,
    evidence_sv VARCHAR(4000) NOT NULL,
    evidence_en VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_badge_version_badge FOREIGN KEY (badge_id) REFERENCES badge (id),
    CONSTRAINT uk_badge_version UNIQUE (badge_id, version_number)
);

-- A teacher's application for a badge with the evidence, and its reviewer once sent.
CREATE TABLE badge_application (
    id            BIGINT        NOT NULL PRIMARY KEY,
    badge_id      BIGINT        NOT NULL,
    applicant_id  BIGINT        NOT NULL,
    reviewer_id   BIGINT,
    status        VARCHAR(20)   NOT NULL,
    description   VARCHAR(4000),
    links         VARCHAR(4000),
    created_at    TIMESTAMP     NOT NULL,
    submitted_at  TIMESTAMP,
    decided_at    TIMESTAMP,
    updated_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_application_badge FOREIGN KEY (badge_id) REFERENCES badge (id),
    CONSTRAINT fk_application_applicant FOREIGN KEY (applicant_id) REFERENCES person (id),
    CONSTRAINT fk_application_reviewer FOREIGN KEY (reviewer_id) REFERENCES person (id),
    CONSTRAINT ck_application_status CHECK (status IN
        ('DRAFT', 'SUBMITTED', 'MORE_ASKED', 'GRANTED', 'DECLINED'))
);
-- A teacher's own applications; a reviewer's inbox; every reviewer's open reviews counted at
-- once when the next reviewer is chosen.
CREATE INDEX ix_application_applicant ON badge_application (applicant_id, badge_id, status);
CREATE INDEX ix_application_reviewer ON badge_application (reviewer_id, status, submitted_at);
CREATE INDEX ix_application_status_reviewer ON badge_application (status, reviewer_id);

-- Who did what to an application, when and with what comment: shown on it, never changed.
CREATE TABLE badge_application_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    action          VARCHAR(20)   NOT NULL,
    from_status     VARCHAR(20)   NOT NULL,
    to_status       VARCHAR(20)   NOT NULL,
    comment         VARCHAR(2000),
    CONSTRAINT fk_application_event FOREIGN KEY (application_id)
        REFERENCES badge_application (id)
);
CREATE INDEX ix_application_event ON badge_application_event (application_id, occurred_at);

-- An evidence file's name, type (as its content shows it) and size; its bytes are in a table of
-- their own, read only when the file is downloaded.
CREATE TABLE evidence_file (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    file_name       VARCHAR(120)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    uploaded_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_evidence_application FOREIGN KEY (application_id)
        REFERENCES badge_application (id),
    CONSTRAINT ck_evidence_size CHECK (size_bytes BETWEEN 1 AND 10485760)
);
CREATE INDEX ix_evidence_application ON evidence_file (application_id);

CREATE TABLE evidence_file_content (
    file_id  BIGINT NOT NULL PRIMARY KEY,
    content  BYTEA  NOT NULL,
    CONSTRAINT fk_evidence_content_file FOREIGN KEY (file_id) REFERENCES evidence_file (id)
);

-- A badge granted to a person on the criteria version of the day; one grant per badge and person.
CREATE TABLE badge_grant (
    id                BIGINT       NOT NULL PRIMARY KEY,
    badge_id          BIGINT       NOT NULL,
    holder_id         BIGINT       NOT NULL,
    application_id    BIGINT       NOT NULL,
    criteria_version  INTEGER      NOT NULL,
    granted_at        TIMESTAMP    NOT NULL,
    granted_by        VARCHAR(200) NOT NULL,
    CONSTRAINT fk_grant_badge FOREIGN KEY (badge_id) REFERENCES badge (id),
    CONSTRAINT fk_grant_holder FOREIGN KEY (holder_id) REFERENCES person (id),
    CONSTRAINT fk_grant_application FOREIGN KEY (application_id)
        REFERENCES badge_application (id),
    CONSTRAINT uk_grant UNIQUE (badge_id, holder_id)
);
-- A holder's badges: levels, the granting community (grouped by holder), the staff page.
CREATE INDEX ix_grant_holder ON badge_grant (holder_id, badge_id);

-- Members of the granting community whom an admin named before anyone held every badge.
CREATE TABLE founding_member (
    id         BIGINT       NOT NULL PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    added_at   TIMESTAMP    NOT NULL,
    added_by   VARCHAR(200) NOT NULL,
    CONSTRAINT fk_founding_member_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uk_founding_member UNIQUE (person_id)
);

-- A level a person holds the badges for: waiting for the principal, confirmed or returned.
CREATE TABLE level_confirmation (
    id            BIGINT        NOT NULL PRIMARY KEY,
    person_id     BIGINT        NOT NULL,
    level_number  INTEGER       NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    asked_at      TIMESTAMP     NOT NULL,
    decided_at    TIMESTAMP,
    decided_by    VARCHAR(200),
    comment       VARCHAR(2000),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_level_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uk_level UNIQUE (person_id, level_number),
    CONSTRAINT ck_level_level CHECK (level_number BETWEEN 1 AND 3),
    CONSTRAINT ck_level_status CHECK (status IN ('WAITING', 'CONFIRMED', 'RETURNED'))
);
-- The standing joins each staff member's highest confirmed level.
CREATE INDEX ix_level_status_person ON level_confirmation (status, person_id, level_number);
