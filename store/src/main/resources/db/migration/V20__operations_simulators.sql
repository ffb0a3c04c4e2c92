-- State of the simulated external systems behind the operations workflows. Portable between PostgreSQL and H2.

-- Faults the simulators are told to inject: per system and target key ('*' for any), for a number of calls.
CREATE TABLE simulator_fault (
  system_name   VARCHAR(32)  NOT NULL,
  target        VARCHAR(200) NOT NULL,
  fault         VARCHAR(16)  NOT NULL,
  remaining     INTEGER      NOT NULL,
  delay_millis  BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (system_name, target)
);

-- The payment gateway remembers every idempotency key it has seen and the answer it gave.
CREATE TABLE gateway_charge (
  idempotency_key VARCHAR(300) PRIMARY KEY,
  customer_id     VARCHAR(200) NOT NULL,
  amount_cents    BIGINT       NOT NULL,
  reference       VARCHAR(64)  NOT NULL,
  created_at      TIMESTAMP    NOT NULL
);

-- One charge per subscription and cycle, whatever happens upstream.
CREATE TABLE billing_ledger (
  subscription_id   VARCHAR(200) NOT NULL,
  cycle             INTEGER      NOT NULL,
  plan_code         VARCHAR(100) NOT NULL,
  amount_cents      BIGINT       NOT NULL,
  gateway_reference VARCHAR(64)  NOT NULL,
  charged_at        BIGINT       NOT NULL,
  PRIMARY KEY (subscription_id, cycle)
);

CREATE TABLE cloud_resource (
  environment_id VARCHAR(200) NOT NULL,
  step           VARCHAR(16)  NOT NULL,
  region         VARCHAR(100) NOT NULL,
  resource_id    VARCHAR(300) NOT NULL,
  PRIMARY KEY (environment_id, step)
);

CREATE TABLE bank_account (
  account_id    VARCHAR(200) PRIMARY KEY,
  balance_cents BIGINT       NOT NULL,
  closed        BOOLEAN      NOT NULL DEFAULT FALSE
);

-- Every movement of money, once per reference and kind: the unique key is what stops a double posting.
CREATE TABLE bank_posting (
  reference    VARCHAR(300) NOT NULL,
  kind         VARCHAR(16)  NOT NULL,
  account_id   VARCHAR(200) NOT NULL,
  amount_cents BIGINT       NOT NULL,
  posted_at    TIMESTAMP    NOT NULL,
  PRIMARY KEY (reference, kind)
);

CREATE TABLE sanctioned_party (
  account_id VARCHAR(200) PRIMARY KEY,
  reason     VARCHAR(1000) NOT NULL
);

CREATE TABLE atm_dispense (
  withdrawal_id VARCHAR(200) PRIMARY KEY,
  atm_id        VARCHAR(200) NOT NULL,
  amount_cents  BIGINT       NOT NULL,
  dispensed_at  TIMESTAMP    NOT NULL
);
