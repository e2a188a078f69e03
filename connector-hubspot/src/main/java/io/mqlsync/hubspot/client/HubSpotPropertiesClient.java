package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.mqlsync.hubspot.client.Replies.ok;

/** HubSpot's contact properties API: what {@code setup} and {@code validate --online} use. Thread-safe. */
public final class HubSpotPropertiesClient {
    private final HubSpotHttp http;
    private final CallPolicy calls;

    public HubSpotPropertiesClient(HubSpotHttp http, CallPolicy calls) {
        this.http = Objects.requireNonNull(http, "http");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** {@code GET /crm/v3/properties/contacts}: every contact property. */
    public List<PropertyDefinition> contactProperties() {
        HttpUrl url = http.url("crm/v3/properties/contacts").build();
        JsonNode body = calls.call(CallKind.SCHEMA, "properties.list", () -> ok("properties.list", http.get("properties.list", url)));
        List<PropertyDefinition> properties = new ArrayList<>();
        body.path("results").forEach(p -> {
            List<String> options = new ArrayList<>();
            p.path("options").forEach(o -> options.add(o.path("value").asText()));
            properties.add(new PropertyDefinition(p.path("name").asText(), p.path("label").asText(""),
                    p.path("type").asText(""), p.path("fieldType").asText(""), p.path("groupName").asText(""), options));
        });
        return properties;
    }

    /** {@code GET /crm/v3/properties/contacts/groups}: the names of the contact property groups. */
    public List<String> contactPropertyGroups() {
        HttpUrl url = http.url("crm/v3/properties/contacts/groups").build();
        JsonNode body = calls.call(CallKind.SCHEMA, "properties.groups", () -> ok("properties.groups", http.get("properties.groups", url)));
        List<String> names = new ArrayList<>();
        body.path("results").forEach(g -> names.add(g.path("name").asText()));
        return names;
    }

    /** {@code POST /crm/v3/properties/contacts/groups}. */
    public void createContactPropertyGroup(String name, String label) {
        ObjectNode body = http.json().createObjectNode().put("name", name).put("label", label).put("displayOrder", -1);
        HttpUrl url = http.url("crm/v3/properties/contacts/groups").build();
        calls.run(CallKind.SCHEMA, "properties.createGroup", () -> ok("properties.createGroup",
                http.post("properties.createGroup", url, body)));
    }

    /** {@code POST /crm/v3/properties/contacts}. */
    public void createContactProperty(PropertyDefinition property) {
        ObjectNode body = http.json().createObjectNode().put("name", property.name()).put("label", property.label())
                .put("type", property.type()).put("fieldType", property.fieldType()).put("groupName", property.groupName());
        if (!property.options().isEmpty()) {
            options(body.putArray("options"), property.options());
        }
        HttpUrl url = http.url("crm/v3/properties/contacts").build();
        calls.run(CallKind.SCHEMA, "properties.create", () -> ok("properties.create", http.post("properties.create", url, body)));
    }

    /** {@code PATCH /crm/v3/properties/contacts/{name}}: replaces the enumeration options. */
    public void updateContactPropertyOptions(String name, List<String> options) {
        ObjectNode body = http.json().createObjectNode();
        options(body.putArray("options"), options);
        HttpUrl url = http.url("crm/v3/properties/contacts").addPathSegment(name).build();
        calls.run(CallKind.SCHEMA, "properties.update", () -> ok("properties.update", http.patch("properties.update", url, body)));
    }

    private static void options(ArrayNode array, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            array.addObject().put("label", values.get(i)).put("value", values.get(i)).put("hidden", false)
                    .put("displayOrder", i);
        }
    }

}
