package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.sandbox.data.SyntheticForm;
import java.time.Instant;
import java.util.List;

/** Renders a generated form as HubSpot's v3 form definition, UTM hidden fields included. */
final class FormDefinitions {

    private FormDefinitions() {
    }

    static ObjectNode toJson(SyntheticForm form, Instant created) {
        ObjectNode json = HubSpotJson.object();
        json.put("id", form.id());
        json.put("name", form.name());
        json.put("formType", "hubspot");
        json.put("createdAt", HubSpotJson.timestamp(created));
        json.put("updatedAt", HubSpotJson.timestamp(created));
        json.put("archived", false);
        ObjectNode group = json.putArray("fieldGroups").addObject();
        group.put("groupType", "default_group").put("richTextType", "text");
        ArrayNode fields = group.putArray("fields");
        ObjectNode email = field(fields, "email", "Email", "email", false);
        email.put("required", true);
        email.putObject("validation").put("useDefaultBlockList", false).putArray("blockedEmailDomains");
        field(fields, "firstname", "First name", "single_line_text", false);
        field(fields, "lastname", "Last name", "single_line_text", false);
        field(fields, "company", "Company name", "single_line_text", false);
        for (String utm : List.of("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")) {
            // Hidden fields write straight into the contact property of the same name (NOTES.md).
            field(fields, utm, utm, "single_line_text", true);
        }
        ObjectNode configuration = json.putObject("configuration");
        configuration.put("language", "en").put("cloneable", true).put("editable", true).put("archivable", true)
                .put("recaptchaEnabled", false).put("notifyContactOwner", false)
                .put("createNewContactForNewEmail", false).put("prePopulateKnownValues", true)
                .put("allowLinkToResetKnownValues", false);
        configuration.putArray("notifyRecipients");
        configuration.putArray("lifecycleStages");
        configuration.putObject("postSubmitAction").put("type", "thank_you").put("value", "Thanks!");
        ObjectNode display = json.putObject("displayOptions");
        display.put("renderRawHtml", false).put("theme", "default_style").put("submitButtonText", "Submit");
        display.putObject("style").put("fontFamily", "arial, helvetica, sans-serif").put("backgroundWidth", "100%")
                .put("labelTextColor", "#33475b").put("labelTextSize", "14px").put("helpTextColor", "#7C98B6")
                .put("helpTextSize", "11px").put("legalConsentTextColor", "#33475b")
                .put("legalConsentTextSize", "14px").put("submitColor", "#ff7a59").put("submitAlignment", "left")
                .put("submitFontColor", "#ffffff").put("submitSize", "12px");
        json.putObject("legalConsentOptions").put("type", "none");
        return json;
    }

    private static ObjectNode field(ArrayNode fields, String name, String label, String type, boolean hidden) {
        ObjectNode field = fields.addObject();
        field.put("objectTypeId", "0-1").put("name", name).put("label", label).put("required", false)
                .put("hidden", hidden).put("fieldType", type);
        field.putArray("dependentFields");
        return field;
    }
}
