-- Webhooks: receivers outside the portal subscribe a URL to event types (admins); each event is
-- written as a delivery per subscription in the transaction of the change it tells about, and sent
-- later by the background sender, signed (Standard Webhooks), retried with backoff for a day. A
-- subscription whose delivery gave up is disabled until an admin enables it again. Times are UTC.
CREATE SEQUENCE webhook_subscription_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_subscription (
    id              BIGINT        NOT NULL PRIMARY KEY,
    url             VARCHAR(2000) NOT NULL,
    secret          VARCHAR(100)  NOT NULL,
    event_types     VARCHAR(1000) NOT NULL,
    active          BOOLEAN       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    disabled_at     TIMESTAMP,
    version         BIGINT        NOT NULL
);

CREATE TABLE webhook_delivery (
    id              BIGINT        NOT NULL PRIMARY KEY,
    subscription_id BIGINT        NOT NULL,
    message_id      VARCHAR(40)   NOT NULL,
    event_type      VARCHAR(50)   NOT NULL,
    payload         VARCHAR(4000) NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    queued_at       TIMESTAMP     NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    claimed_until   TIMESTAMP,
    delivered_at    TIMESTAMP,
    last_status     INT,
    last_error      VARCHAR(500),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (id),
    CONSTRAINT uq_webhook_delivery_message UNIQUE (message_id),
    CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('QUEUED', 'DELIVERED', 'FAILED'))
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery (subscription_id, queued_at);
