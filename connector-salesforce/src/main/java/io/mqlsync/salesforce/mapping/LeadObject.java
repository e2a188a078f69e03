package io.mqlsync.salesforce.mapping;

import java.util.Optional;

/** The Salesforce object an instance scores: {@code salesforce.object} in its config. */
public enum LeadObject {
    LEAD("Lead", "LeadId"),
    CONTACT("Contact", "ContactId");

    private final String apiName;
    private final String memberField;

    LeadObject(String apiName, String memberField) {
        this.apiName = apiName;
        this.memberField = memberField;
    }

    /** The object's API name, e.g. {@code Lead}. */
    public String apiName() {
        return apiName;
    }

    /** The {@code CampaignMember} field that points at this object. */
    public String memberField() {
        return memberField;
    }

    /** Only leads are converted; contacts have no {@code IsConverted}. */
    public boolean canConvert() {
        return this == LEAD;
    }

    /** The object with exactly this API name; empty for anything else. */
    public static Optional<LeadObject> byApiName(String name) {
        for (LeadObject object : values()) {
            if (object.apiName.equals(name)) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }
}
