-- mqlsync state store, one schema for SQLite and PostgreSQL (see Migrations: ${identity} is the only
-- placeholder). Every table is keyed by instance. Times are epoch milliseconds (UTC) in BIGINT columns
-- named *_ms. No table holds secrets or email addresses: leads and owners are CRM ids.

-- where each read stream of an instance stands
CREATE TABLE checkpoints (
    instance      TEXT   NOT NULL,
    stream        TEXT   NOT NULL,
    cursor_value  TEXT   NOT NULL,
    records_done  BIGINT NOT NULL,
    saved_ms      BIGINT NOT NULL,
    PRIMARY KEY (instance, stream)
);

-- one row per run; counts are filled in when the run finishes
CREATE TABLE runs (
    seq           ${identity},
    run_id        TEXT   NOT NULL UNIQUE,
    instance      TEXT   NOT NULL,
    mode          TEXT   NOT NULL,
    outcome       TEXT   NOT NULL,
    started_ms    BIGINT NOT NULL,
    finished_ms   BIGINT,
    records_read  BIGINT NOT NULL,
    scored        BIGINT NOT NULL,
    changed       BIGINT NOT NULL,
    mqls          BIGINT NOT NULL,
    accepted      BIGINT NOT NULL,
    recycled      BIGINT NOT NULL,
    disqualified  BIGINT NOT NULL,
    tasks         BIGINT NOT NULL,
    dead_letters  BIGINT NOT NULL
);
CREATE INDEX runs_by_instance ON runs (instance, outcome, seq);

CREATE TABLE run_api_calls (
    run_id        TEXT   NOT NULL,
    call_kind     TEXT   NOT NULL,
    calls         BIGINT NOT NULL,
    PRIMARY KEY (run_id, call_kind)
);

CREATE TABLE run_errors (
    run_id        TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    message       TEXT    NOT NULL,
    PRIMARY KEY (run_id, position)
);

-- append-only lifecycle history: the KPI report and backtests read it
CREATE TABLE transitions (
    id            ${identity},
    instance      TEXT   NOT NULL,
    lead_id       TEXT   NOT NULL,
    from_status   TEXT   NOT NULL,
    to_status     TEXT   NOT NULL,
    kind          TEXT   NOT NULL,
    reason        TEXT,
    score         DOUBLE PRECISION NOT NULL,
    fit           DOUBLE PRECISION NOT NULL,
    intent        DOUBLE PRECISION NOT NULL,
    quadrant      TEXT   NOT NULL,
    source        TEXT,
    medium        TEXT,
    campaign      TEXT,
    model         TEXT   NOT NULL,
    occurred_ms   BIGINT NOT NULL
);
CREATE INDEX transitions_by_time ON transitions (instance, occurred_ms, id);
CREATE INDEX transitions_by_lead ON transitions (instance, lead_id, id);

-- exactly-once handoff tasks: PENDING before the create call, CREATED with the CRM's id after
CREATE TABLE task_ledger (
    instance        TEXT   NOT NULL,
    idempotency_key TEXT   NOT NULL,
    lead_id         TEXT   NOT NULL,
    state           TEXT   NOT NULL,
    owner_id        TEXT,
    crm_task_id     TEXT,
    pending_ms      BIGINT NOT NULL,
    created_ms      BIGINT,
    PRIMARY KEY (instance, idempotency_key)
);
CREATE INDEX task_ledger_by_state ON task_ledger (instance, state, pending_ms);

-- the next round-robin position of each pool (keyed by its owners' CRM ids)
CREATE TABLE round_robin (
    instance      TEXT   NOT NULL,
    pool_key      TEXT   NOT NULL,
    next_position BIGINT NOT NULL,
    PRIMARY KEY (instance, pool_key)
);

-- changes the CRM refused, one per lead, retried with backoff; the change is JSON without task text
CREATE TABLE dead_letters (
    instance        TEXT    NOT NULL,
    lead_id         TEXT    NOT NULL,
    change_json     TEXT    NOT NULL,
    error_code      TEXT    NOT NULL,
    error_message   TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    first_failed_ms BIGINT  NOT NULL,
    last_failed_ms  BIGINT  NOT NULL,
    next_attempt_ms BIGINT  NOT NULL,
    PRIMARY KEY (instance, lead_id)
);
CREATE INDEX dead_letters_by_due ON dead_letters (instance, next_attempt_ms);

-- at most one run per instance at a time, across workers
CREATE TABLE instance_lease (
    instance      TEXT   NOT NULL PRIMARY KEY,
    holder        TEXT   NOT NULL,
    acquired_ms   BIGINT NOT NULL,
    expires_ms    BIGINT NOT NULL
);
