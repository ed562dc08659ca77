-- The library of good practice: items (a practice, a material, a video, a lesson plan) with their
-- texts in the three languages (at least one each), attachments, use per day, and the links from
-- team topics and courses to items, kept here so the library knows neither teams' catalogues nor
-- courses. Portable SQL: H2 and PostgreSQL.

CREATE SEQUENCE library_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE library_attachment_seq START WITH 50 INCREMENT BY 50;

-- The author is kept by login (who may edit) and name (as shown), the registry's person when the
-- login has one. search_text is every title and summary, the subject and the age group in lower case, so the
-- free-text search is one LIKE on one column. A withdrawn item (withdrawn_at set) stays for its
-- history and links.
CREATE TABLE library_item (
    id           BIGINT        NOT NULL PRIMARY KEY,
    kind         VARCHAR(20)   NOT NULL,
    area         VARCHAR(40)   NOT NULL,
    competence_level INTEGER,
    school_type  VARCHAR(30),
    subject      VARCHAR(100),
    age_group    VARCHAR(100),
    title_fi     VARCHAR(200),
    title_sv     VARCHAR(200),
    title_en     VARCHAR(200),
    summary_fi   VARCHAR(4000),
    summary_sv   VARCHAR(4000),
    summary_en   VARCHAR(4000),
    search_text  VARCHAR(12800) NOT NULL,
    video_url    VARCHAR(500),
    licence      VARCHAR(20)   NOT NULL,
    author_login VARCHAR(100)  NOT NULL,
    author_name  VARCHAR(200)  NOT NULL,
    author_id    BIGINT,
    school_id    BIGINT,
    pilot_outcome BOOLEAN      NOT NULL,
    withdrawn_at TIMESTAMP,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_library_item_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_library_item_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_library_item_level CHECK (competence_level BETWEEN 1 AND 3)
);
-- The search's filters and its order (newest first), and the home page's recent items.
CREATE INDEX ix_library_item_recent ON library_item (created_at, id);
CREATE INDEX ix_library_item_area_kind ON library_item (area, kind);
CREATE INDEX ix_library_item_author ON library_item (author_login);

CREATE TABLE library_attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    item_id       BIGINT        NOT NULL,
    file_name     VARCHAR(120)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT fk_library_attachment_item FOREIGN KEY (item_id) REFERENCES library_item (id)
);
CREATE INDEX ix_library_attachment_item ON library_attachment (item_id);

-- The bytes apart, read only for a download.
CREATE TABLE library_attachment_content (
    attachment_id  BIGINT NOT NULL PRIMARY KEY,
    content        BYTEA  NOT NULL,
    CONSTRAINT fk_library_content_attachment FOREIGN KEY (attachment_id)
        REFERENCES library_attachment (id)
);

-- An item's views and downloads per day: one row updated per view, summed over a period.
CREATE TABLE library_use (
    item_id    BIGINT  NOT NULL,
    used_on    DATE    NOT NULL,
    views      INTEGER NOT NULL,
    downloads  INTEGER NOT NULL,
    PRIMARY KEY (item_id, used_on),
    CONSTRAINT fk_library_use_item FOREIGN KEY (item_id) REFERENCES library_item (id)
);
CREATE INDEX ix_library_use_day ON library_use (used_on);

-- A team topic's and a course's items; a link goes with its topic or course.
CREATE TABLE library_topic_item (
    topic_id  BIGINT NOT NULL,
    item_id   BIGINT NOT NULL,
    PRIMARY KEY (topic_id, item_id),
    CONSTRAINT fk_library_topic_item_topic FOREIGN KEY (topic_id) REFERENCES team_topic (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_library_topic_item_item FOREIGN KEY (item_id) REFERENCES library_item (id)
);
CREATE INDEX ix_library_topic_item_item ON library_topic_item (item_id);

CREATE TABLE library_course_item (
    course_id  BIGINT NOT NULL,
    item_id    BIGINT NOT NULL,
    PRIMARY KEY (course_id, item_id),
    CONSTRAINT fk_library_course_item_course FOREIGN KEY (course_id) REFERENCES course (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_library_course_item_item FOREIGN KEY (item_id) REFERENCES library_item (id)
);
CREATE INDEX ix_library_course_item_item ON library_course_item (item_id);

-- Competence's side: a badge application cites library items as evidence (competence uses the
-- library, never the other way round).
CREATE TABLE evidence_library_item (
    application_id  BIGINT NOT NULL,
    item_id         BIGINT NOT NULL,
    PRIMARY KEY (application_id, item_id),
    CONSTRAINT fk_evidence_item_application FOREIGN KEY (application_id)
        REFERENCES badge_application (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_item_item FOREIGN KEY (item_id) REFERENCES library_item (id)
);
CREATE INDEX ix_evidence_library_item_item ON evidence_library_item (item_id);
