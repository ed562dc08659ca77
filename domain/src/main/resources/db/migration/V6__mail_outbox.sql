-- The mail outbox: every email is written here in the transaction of the change it tells about,
-- and sent later by the background sender. Times are UTC. A sender claims a letter (claimed_until)
-- before sending it, so two nodes of a cluster never send the same letter; a claim of a node that
-- died runs out and the letter is tried again.
CREATE SEQUENCE outbox_letter_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_letter (
    id              BIGINT        NOT NULL PRIMARY KEY,
    recipient       VARCHAR(320)  NOT NULL,
    language        VARCHAR(10)   NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    about           VARCHAR(200)  NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    queued_at       TIMESTAMP     NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    claimed_until   TIMESTAMP,
    sent_at         TIMESTAMP,
    error_kind      VARCHAR(20),
    last_error      VARCHAR(500),
    CONSTRAINT ck_outbox_status CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    CONSTRAINT ck_outbox_error CHECK (error_kind IN ('UNREACHABLE', 'TIMEOUT', 'REFUSED', 'OTHER'))
);
CREATE INDEX ix_outbox_due ON outbox_letter (status, next_attempt_at);
CREATE INDEX ix_outbox_queued ON outbox_letter (queued_at DESC);
