-- Open Badges 3.0: every badge grant issued as a signed OpenBadgeCredential, the portal's issuer
-- keys that sign them, and the revocations that the status lists publish.
-- Portable SQL: H2 today, PostgreSQL later.

-- The issuer's signing keys (ES256, P-256), newest first in use; every key ever made stays here and
-- in the published key set, so that a credential signed with an older key still verifies. The
-- private half lives in the database rather than a keystore on one server's disk: every node of a
-- cluster signs with the same key, and the database's backups keep it. Nothing prints it.
CREATE TABLE issuer_key (
    key_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    public_jwk  VARCHAR(1000) NOT NULL,
    private_jwk VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_issuer_key_created ON issuer_key (created_at);

-- One credential per grant. Its id is also its index in the status lists (131,072 entries each):
-- a gap left by the id sequence is only an unused bit.
CREATE SEQUENCE badge_credential_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE badge_credential (
    id             BIGINT        NOT NULL PRIMARY KEY,
    public_id      VARCHAR(36)   NOT NULL,
    grant_id       BIGINT        NOT NULL,
    key_id         VARCHAR(64)   NOT NULL,
    issued_at      TIMESTAMP     NOT NULL,
    jws            VARCHAR(20000) NOT NULL,
    revoked_at     TIMESTAMP,
    revoked_by     VARCHAR(200),
    revoke_reason  VARCHAR(2000),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_credential_grant FOREIGN KEY (grant_id) REFERENCES badge_grant (id),
    CONSTRAINT fk_credential_key FOREIGN KEY (key_id) REFERENCES issuer_key (key_id),
    CONSTRAINT uk_credential_public UNIQUE (public_id),
    CONSTRAINT uk_credential_grant UNIQUE (grant_id),
    CONSTRAINT ck_credential_revoked CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
);
-- A status list reads the revoked ids of its range.
CREATE INDEX ix_credential_revoked ON badge_credential (revoked_at, id);
