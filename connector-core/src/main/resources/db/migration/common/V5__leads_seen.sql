-- the leads mqlsync has scored, one row each, written once in the page commit that first scored it:
-- the KPI report's "leads scored" (distinct, by first-touch attribution) and "time to MQL". CRM ids and
-- attribution only, never contact details.
CREATE TABLE leads_seen (
    instance      TEXT   NOT NULL,
    lead_id       TEXT   NOT NULL,
    first_seen_ms BIGINT NOT NULL,
    source        TEXT,
    medium        TEXT,
    campaign      TEXT,
    PRIMARY KEY (instance, lead_id)
);
CREATE INDEX leads_seen_by_time ON leads_seen (instance, first_seen_ms, lead_id);
