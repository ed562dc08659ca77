-- The audit trail: who did what to which object, and whether it was allowed. Times are UTC.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP    NOT NULL,
    subject     VARCHAR(100) NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    object_ref  VARCHAR(200),
    outcome     VARCHAR(20)  NOT NULL,
    CONSTRAINT ck_audit_outcome CHECK (outcome IN ('SUCCESS', 'REFUSED', 'FAILED'))
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at DESC);
CREATE INDEX ix_audit_event_subject ON audit_event (subject, occurred_at DESC);
