-- Reporting: the yearly indicator pack for the board, a PDF report and an XLSX workbook of the
-- target dashboard's figures, built in the background in one language for the network or a city.
-- A row per pack: one per (school year, scope, language), so that a second request finds the
-- build it asked for (queued, building, ready or failed) instead of starting another. The files
-- are kept apart in indicator_pack_file, so that the list of packs never reads their bytes, and
-- in the database, so that every node serves them and the backups keep them.

CREATE SEQUENCE indicator_pack_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE indicator_pack (
    id            BIGINT         NOT NULL PRIMARY KEY,
    school_year   INTEGER        NOT NULL,
    -- a city's code, or NETWORK for every city
    pack_scope    VARCHAR(20)    NOT NULL,
    pack_language VARCHAR(2)     NOT NULL,
    pack_state    VARCHAR(20)    NOT NULL,
    progress      INTEGER        NOT NULL,
    requested_by  VARCHAR(200)   NOT NULL,
    requested_at  TIMESTAMP      NOT NULL,
    finished_at   TIMESTAMP,
    failure       VARCHAR(1000),
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_indicator_pack UNIQUE (school_year, pack_scope, pack_language),
    CONSTRAINT ck_indicator_pack_language CHECK (pack_language IN ('FI', 'SV')),
    CONSTRAINT ck_indicator_pack_state CHECK (pack_state IN
        ('QUEUED', 'BUILDING', 'READY', 'FAILED')),
    CONSTRAINT ck_indicator_pack_progress CHECK (progress BETWEEN 0 AND 100)
);
-- The packs of a scope on the dashboard page, newest year first.
CREATE INDEX ix_indicator_pack_scope ON indicator_pack (pack_scope, school_year);

-- A pack's files: PDF and XLSX (BYTEA is H2's alias of BINARY VARYING).
CREATE TABLE indicator_pack_file (
    pack_id  BIGINT       NOT NULL,
    format   VARCHAR(10)  NOT NULL,
    content  BYTEA        NOT NULL,
    PRIMARY KEY (pack_id, format),
    CONSTRAINT fk_indicator_pack_file FOREIGN KEY (pack_id) REFERENCES indicator_pack (id),
    CONSTRAINT ck_indicator_pack_file_format CHECK (format IN ('PDF', 'XLSX'))
);
