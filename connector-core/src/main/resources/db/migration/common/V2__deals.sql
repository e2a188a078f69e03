-- deals and opportunities attached to leads, latest stage each: the KPI report's SQL-to-won and revenue.
-- amount is the CRM's decimal as text, so money is never rounded by a float.
CREATE TABLE deals (
    instance      TEXT   NOT NULL,
    deal_id       TEXT   NOT NULL,
    lead_id       TEXT   NOT NULL,
    stage         TEXT   NOT NULL,
    amount        TEXT,
    currency      TEXT,
    stage_ms      BIGINT NOT NULL,
    recorded_ms   BIGINT NOT NULL,
    PRIMARY KEY (instance, deal_id, lead_id)
);
CREATE INDEX deals_by_lead ON deals (instance, lead_id);
