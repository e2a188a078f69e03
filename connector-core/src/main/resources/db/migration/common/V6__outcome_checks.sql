-- SQL leads whose deals were read, when last, and whether they need another look: the outcome sweep
-- revisits unsettled leads, the longest unchecked first (a deal can close without its lead changing).
-- settled is 1 once the lead has deals and every one is closed; a later read of the lead may unsettle it.
CREATE TABLE outcome_checks (
    instance      TEXT    NOT NULL,
    lead_id       TEXT    NOT NULL,
    checked_ms    BIGINT  NOT NULL,
    settled       INTEGER NOT NULL,
    PRIMARY KEY (instance, lead_id)
);
CREATE INDEX outcome_checks_due ON outcome_checks (instance, settled, checked_ms, lead_id);
