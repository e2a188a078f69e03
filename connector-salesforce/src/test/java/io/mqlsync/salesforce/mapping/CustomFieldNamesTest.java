package io.mqlsync.salesforce.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.planning.WrittenProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomFieldNamesTest {
    @ParameterizedTest(name = "prefix {0}: {1} is {2}")
    @CsvSource({
        "mql_, FIT_SCORE, MQL_Fit_Score__c",
        "mql_, NEXT_RESCORE_AT, MQL_Next_Rescore_At__c",
        "mql_, LAST_REJECTION_REASON, MQL_Last_Rejection_Reason__c",
        "acme_, SCORE, ACME_Score__c",
        "Lead_Mql_, STATUS, LEAD_MQL_Status__c"
    })
    void writtenNamesBecomeTitleCasedCustomFieldsWithTheUpperCasedPrefix(String prefix, WrittenProperty property,
                                                                       String field) {
        CustomFieldNames names = new CustomFieldNames(new WriteBackConfig(prefix, true));

        assertThat(names.field(property)).isEqualTo(field);
        assertThat(names.property(prefix + property.suffix())).contains(property);
    }

    @ParameterizedTest(name = "{0} is not a written property")
    @CsvSource({"leadStatus", "mql_unknown", "MQL_Score__c"})
    void otherNamesAreNotWrittenProperties(String name) {
        assertThat(new CustomFieldNames(WriteBackConfig.defaults()).property(name)).isEmpty();
    }
}
