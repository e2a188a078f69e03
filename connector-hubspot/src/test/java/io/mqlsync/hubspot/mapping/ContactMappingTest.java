package io.mqlsync.hubspot.mapping;

import io.mqlsync.core.config.CrmKind;
import io.mqlsync.core.config.FieldMapping;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.WrittenState;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.hubspot.client.HubSpotObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContactMappingTest {
    private static final ContactMapping DEFAULTS = new ContactMapping(FieldMapping.defaults(CrmKind.HUBSPOT),
            WriteBackConfig.defaults(), List.of());

    private static SourceLead read(ContactMapping mapping, Map<String, String> properties) {
        return mapping.read(new HubSpotObject("42", properties));
    }

    @Test
    void hubSpotsOwnPropertiesBecomeCanonicalFields() {
        SourceLead lead = read(DEFAULTS, Map.of("email", "Ann@Example.com", "jobtitle", "VP Sales", "company", "Acme",
                "hs_analytics_source", "ORGANIC_SEARCH", "country", "US", "utm_source", "linkedin",
                "hs_analytics_first_url", "https://x.io/pricing"));

        var fields = lead.record().fields();
        assertThat(fields.text(CanonicalField.JOB_TITLE)).contains("VP Sales");
        assertThat(fields.text(CanonicalField.COMPANY)).contains("Acme");
        assertThat(fields.text(CanonicalField.ORIGINAL_SOURCE)).contains("ORGANIC_SEARCH");
        assertThat(fields.text(CanonicalField.UTM_SOURCE)).contains("linkedin");
        assertThat(fields.text(CanonicalField.LANDING_PAGE)).contains("https://x.io/pricing");
        assertThat(fields.text(CanonicalField.EMAIL_DOMAIN)).contains("example.com");
        assertThat(lead.record().id()).isEqualTo(new LeadId("42"));
    }

    @ParameterizedTest(name = "numemployees {0} reads as employees {1}")
    @CsvSource({"25-50, 25", "1000+, 1000", "250, 250", "'12.0', 12"})
    void employeeRangesReadAsTheirLowerBound(String value, double employees) {
        SourceLead lead = read(DEFAULTS, Map.of("numemployees", value));

        assertThat(lead.record().fields().get(CanonicalField.EMPLOYEES).orElseThrow().number()).hasValue(employees);
    }

    @Test
    void garbageInNumericFieldsIsAbsentAndBlanksAreAbsent() {
        SourceLead lead = read(DEFAULTS, Map.of("numemployees", "lots", "annualrevenue", "n/a", "jobtitle", "   "));

        assertThat(lead.record().fields().has(CanonicalField.EMPLOYEES)).isFalse();
        assertThat(lead.record().fields().has(CanonicalField.ANNUAL_REVENUE)).isFalse();
        assertThat(lead.record().fields().has(CanonicalField.JOB_TITLE)).isFalse();
    }

    @Test
    void fieldOverridesNameUtmAndCustomProperties() {
        Map<String, String> properties = new LinkedHashMap<>(FieldMapping.defaults(CrmKind.HUBSPOT).properties());
        properties.put(CanonicalField.UTM_SOURCE, "source_param");
        properties.put("custom.plan", "plan_tier");
        ContactMapping mapping = new ContactMapping(new FieldMapping(properties), WriteBackConfig.defaults(), List.of());

        SourceLead lead = read(mapping, Map.of("source_param", "g2", "utm_source", "ignored", "plan_tier", "enterprise"));

        assertThat(lead.record().fields().text(CanonicalField.UTM_SOURCE)).contains("g2");
        assertThat(lead.record().fields().text("custom.plan")).contains("enterprise");
        assertThat(mapping.readProperties()).contains("source_param", "plan_tier").doesNotContain("utm_source");
    }

    @Test
    void theSnapshotReadsPrefixedPropertiesAndTheCrmsLifecycleFields() {
        ContactMapping mapping = new ContactMapping(FieldMapping.defaults(CrmKind.HUBSPOT),
                new WriteBackConfig("acme_", true), List.of());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("acme_status", "MQL");
        properties.put("acme_fit_score", "30.0");
        properties.put("acme_score", "72");
        properties.put("acme_quadrant", "route");
        properties.put("acme_qualified_at", "2026-11-20T10:00:00.000Z");
        properties.put("acme_next_rescore_at", Long.toString(Instant.parse("2026-12-01T00:00:00Z").toEpochMilli()));
        properties.put("acme_rejection_reason", "timing");
        properties.put("acme_recycle_count", "2");
        properties.put("lifecyclestage", "marketingqualifiedlead");
        properties.put("hs_lead_status", "NEW");
        properties.put("hubspot_owner_id", "77");

        SourceLead lead = read(mapping, properties);

        WrittenState written = lead.snapshot().written();
        assertThat(written.status()).isEqualTo(MqlStatus.MQL);
        assertThat(written.scores().fit()).isEqualTo(OptionalLong.of(30));
        assertThat(written.scores().score()).isEqualTo(OptionalLong.of(72));
        assertThat(written.scores().quadrant()).contains(Quadrant.ROUTE);
        assertThat(written.history().qualifiedAt()).contains(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(written.history().recycleCount()).isEqualTo(2);
        assertThat(written.nextRescoreAt()).contains(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(written.rejectionInput()).contains(new ReasonCode("timing"));
        assertThat(lead.snapshot().crm().lifecycleStage()).contains("marketingqualifiedlead");
        assertThat(lead.snapshot().crm().leadStatus()).contains("NEW");
        assertThat(lead.snapshot().crm().owner()).contains(new OwnerId("77"));
        assertThat(lead.record().fields().has(CanonicalField.LIFECYCLE_STAGE)).isFalse();
    }

    @Test
    void writtenValuesMqlsyncWouldNotWriteReadAsAbsent() {
        SourceLead lead = read(DEFAULTS, Map.of("mql_status", "BOGUS", "mql_score", "n/a", "mql_quadrant", "middle",
                "mql_qualified_at", "yesterday", "mql_recycle_count", "-3", "mql_rejection_reason", "no way!"));

        WrittenState written = lead.snapshot().written();
        assertThat(written.status()).isEqualTo(MqlStatus.NONE);
        assertThat(written.scores().score()).isEmpty();
        assertThat(written.scores().quadrant()).isEmpty();
        assertThat(written.history().qualifiedAt()).isEmpty();
        assertThat(written.history().recycleCount()).isZero();
        assertThat(written.rejectionInput()).isEmpty();
    }

    @Test
    void aChangeIsWrittenUnderHubSpotsNamesWithClearingsAndTheOwner() {
        LeadChange change = new LeadChange(new LeadId("42"),
                Map.of("mql_score", "72", CanonicalField.LIFECYCLE_STAGE, "lead", CanonicalField.LEAD_STATUS, "UNQUALIFIED"),
                Set.of("mql_rejection_reason"), Optional.of(new OwnerId("9")), Optional.empty(), LeadChange.StageMove.CLEAR_FIRST);

        assertThat(DEFAULTS.write(change, ContactMapping.StageWrite.AS_PLANNED)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "mql_score", "72", "lifecyclestage", "lead", "hs_lead_status", "UNQUALIFIED", "mql_rejection_reason", "",
                "hubspot_owner_id", "9"));
        assertThat(DEFAULTS.write(change, ContactMapping.StageWrite.CLEAR)).containsExactlyEntriesOf(Map.of("lifecyclestage", ""));
        assertThat(DEFAULTS.write(change, ContactMapping.StageWrite.LEAVE_OUT)).doesNotContainKey("lifecyclestage");
    }

    @Test
    void aClearedOwnerIsWrittenAsAnEmptyOwnerProperty() {
        LeadChange change = new LeadChange(new LeadId("42"), Map.of(), Set.of(CanonicalField.OWNER_ID), Optional.empty(),
                Optional.empty(), LeadChange.StageMove.DIRECT);

        assertThat(DEFAULTS.write(change, ContactMapping.StageWrite.AS_PLANNED)).containsExactlyEntriesOf(Map.of("hubspot_owner_id", ""));
    }

    @Test
    void readsRequestOnlyMappedLifecycleAndMqlProperties() {
        ContactMapping mapping = new ContactMapping(FieldMapping.defaults(CrmKind.HUBSPOT), WriteBackConfig.defaults(),
                List.of("hs_email_last_open_date"));

        assertThat(mapping.readProperties()).doesNotHaveDuplicates()
                .contains("hs_object_id", "lastmodifieddate", "jobtitle", "lifecyclestage", "hs_lead_status",
                        "hubspot_owner_id", "mql_score", "mql_next_rescore_at", "mql_rejection_reason", "hs_email_last_open_date")
                .hasSize(2 + FieldMapping.defaults(CrmKind.HUBSPOT).properties().size() + 13 + 1);
    }
}
