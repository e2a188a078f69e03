package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.mqlsync.core.config.ConfigEnvironment;
import io.mqlsync.core.config.ConfigException;
import io.mqlsync.core.config.ConfigProblem;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.InstanceConfigLoader;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.core.spi.MapConfigBlock;
import io.mqlsync.salesforce.mapping.EngagementObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code salesforce.engagement} as a user writes it: read into {@link EngagementObject}s, and every mistake one line
 * naming the file and the path, checked by the real provider after the JSON Schema (the same problem found by both
 * is one line).
 */
class SalesforceEngagementConfigTest {
    private static final Map<String, ?> TRIALS = Map.of("object", "Trial__c", "leadField", "Lead__c",
            "timeField", "Started_At__c", "event", "TRIAL_STARTED");

    @TempDir
    Path dir;

    private static MapConfigBlock block(List<Map<String, ?>> engagement) {
        return new MapConfigBlock("salesforce", Map.of("loginUrl", "https://login.salesforce.com",
                "oauth", Map.of("flow", "client_credentials", "clientId", "3MVG9abc",
                        "clientSecret", new io.mqlsync.core.model.Secret("s3cr3t-value")),
                "engagement", engagement));
    }

    private static Map<String, ?> with(String key, Object value) {
        Map<String, Object> entry = new HashMap<>(TRIALS);
        if (value == null) {
            entry.remove(key);
        } else {
            entry.put(key, value);
        }
        return entry;
    }

    @Test
    void anEntryIsReadWithItsWhereAndAttributes() {
        MapConfigBlock block = block(List.of(Map.of("object", "Trial__c", "leadField", "Lead__c", "timeField",
                "Started_At__c", "event", "TRIAL_STARTED", "where", " Status__c != 'Cancelled' ",
                "attributes", Map.of("asset", "Product__r.Name"))));

        Optional<SalesforceSettings> settings = SalesforceSettings.read(block);

        assertThat(block.problems()).isEmpty();
        assertThat(settings.orElseThrow().engagement()).containsExactly(new EngagementObject("Trial__c", "Lead__c",
                "Started_At__c", EventType.TRIAL_STARTED, Optional.of("Status__c != 'Cancelled'"),
                Map.of("asset", "Product__r.Name")));
    }

    @Test
    void noEngagementBlockReadsNoObjects() {
        MapConfigBlock block = block(List.of());

        assertThat(SalesforceSettings.read(block).orElseThrow().engagement()).isEmpty();
        assertThat(block.problems()).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        String types = "PAGE_VIEWED, FORM_SUBMITTED, EMAIL_OPENED, EMAIL_CLICKED, EMAIL_REPLIED, EMAIL_UNSUBSCRIBED, "
                + "EMAIL_BOUNCED, WEBINAR_REGISTERED, WEBINAR_ATTENDED, CONTENT_DOWNLOADED, MEETING_BOOKED, TRIAL_STARTED, "
                + "CAMPAIGN_RESPONDED";
        String letters = " (letters, digits and underscores)";
        return Stream.of(
                arguments("event", "TRIAL_START", "event: unknown event type \"TRIAL_START\" (did you mean TRIAL_STARTED?)"),
                arguments("event", "trial_started", "event: unknown event type \"trial_started\" (did you mean TRIAL_STARTED?)"),
                arguments("event", "SIGNED_UP", "event: unknown event type \"SIGNED_UP\" (expected one of " + types + ")"),
                arguments("event", "", "event: must not be empty"),
                arguments("object", "Trial c", "object: \"Trial c\" is not an object's API name, e.g. Trial__c" + letters),
                arguments("object", "Trial__c WHERE Id", "object: \"Trial__c WHERE Id\" is not an object's API name, e.g. Trial__c"
                        + letters),
                arguments("leadField", "Lead__r.Id", "leadField: \"Lead__r.Id\" is not a lookup field's API name, e.g. Lead__c"
                        + letters),
                arguments("timeField", "Started_At__c,Id", "timeField: \"Started_At__c,Id\" is not a date or date-time field's "
                        + "API name" + letters),
                arguments("where", "(Status__c = 'A'", "where: has unbalanced parentheses"),
                arguments("where", "Status__c = 'A) OR (Id != null", "where: has an unclosed quote"),
                arguments("where", "Status__c = 'A') OR (Id != null", "where: has unbalanced parentheses"),
                arguments("where", "  ", "where: must not be empty (leave it out to read every row)"),
                arguments("where", "Id != '" + "x".repeat(10_000) + "'", "where: is longer than 10000 characters"),
                arguments("event", null, "event: required but missing"),
                arguments("timeField", null, "timeField: required but missing"));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @MethodSource("mistakes")
    void eachMistakeIsOneLineAtItsPath(String key, String value, String problem) {
        MapConfigBlock block = block(List.of(with(key, value)));

        assertThat(SalesforceSettings.read(block)).isEmpty();
        assertThat(block.problems()).containsExactly("salesforce.engagement[0]." + problem);
    }

    @Test
    void attributeNamesAndFieldsAreChecked() {
        MapConfigBlock block = block(List.of(with("attributes", Map.of("asset", "Product Name", "2nd", "Id"))));

        assertThat(SalesforceSettings.read(block)).isEmpty();
        assertThat(block.problems()).containsExactlyInAnyOrder(
                "salesforce.engagement[0].attributes.asset: must name a field, e.g. Product_Name__c or Product__r.Name",
                "salesforce.engagement[0].attributes.2nd: is not an attribute name (a letter, then letters, digits and underscores)");
    }

    @Test
    void anEntryHasAtMostTwentyAttributes() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 21; i++) {
            many.put("a" + i, "Field_" + i + "__c");
        }
        MapConfigBlock block = block(List.of(with("attributes", many)));

        assertThat(SalesforceSettings.read(block)).isEmpty();
        assertThat(block.problems()).containsExactly("salesforce.engagement[0].attributes: has more than 20 attributes");
    }

    @Test
    void theSameObjectEventAndWhereTwiceWouldCountEachRowTwice() {
        Map<String, ?> otherEvent = Map.of("object", "Trial__c", "leadField", "Lead__c", "timeField", "Converted_At__c",
                "event", "MEETING_BOOKED");
        Map<String, ?> again = Map.of("object", "TRIAL__C", "leadField", "Lead__c", "timeField", "Created_On__c",
                "event", "TRIAL_STARTED");
        MapConfigBlock block = block(List.of(TRIALS, otherEvent, again, with("where", "Paid__c = true")));

        assertThat(SalesforceSettings.read(block)).isEmpty();
        assertThat(block.problems()).containsExactly("salesforce.engagement[2].object: repeats an earlier entry "
                + "(same object, event and where): each row would count twice");
    }

    @Test
    void everyProblemOfAFileIsOneLineNamingFileAndPathAndNothingReachesTheCrm() throws IOException {
        Path file = Files.writeString(dir.resolve("acme-sf.yaml"), """
                instance: acme-sf
                crm: salesforce
                salesforce:
                  loginUrl: https://login.salesforce.com
                  oauth:
                    flow: client_credentials
                    clientId: 3MVG9abc
                    clientSecret: ${SF_CLIENT_SECRET}
                  engagement:
                    - object: Trial__c
                      leadField: Lead__c
                      timeField: Started_At__c
                      event: TRIAL_START
                    - object: Trial c
                      leadField: Lead__c
                      event: WEBINAR_ATTENDED
                      colour: red
                    - { object: Form_Submission__c, leadField: Lead__c, timeField: Submitted_At__c, event: FORM_SUBMITTED,
                        where: "(Form__c = 'demo'" }
                model: %s
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Open - Not Contacted }
                """.formatted(model()));

        ConfigException failure = catchThrowableOfType(ConfigException.class, () -> loader().load(file));

        assertThat(failure.problems()).extracting(ConfigProblem::line).containsExactly(
                file + ": salesforce.engagement[0].event: unknown event type \"TRIAL_START\" (did you mean TRIAL_STARTED?)",
                file + ": salesforce.engagement[1].timeField: required but missing",
                file + ": salesforce.engagement[1].object: \"Trial c\" is not an object's API name, e.g. Trial__c (letters, digits and underscores)",
                file + ": salesforce.engagement[1].colour: unknown key (expected one of object, leadField, timeField, event, where, attributes)",
                file + ": salesforce.engagement[2].where: has unbalanced parentheses");
    }

    @Test
    void aValidBlockLoadsThroughTheSchemaAndTheProvider() throws IOException {
        Path file = Files.writeString(dir.resolve("acme-sf.yaml"), """
                instance: acme-sf
                crm: salesforce
                salesforce:
                  loginUrl: https://login.salesforce.com
                  oauth:
                    flow: client_credentials
                    clientId: 3MVG9abc
                    clientSecret: ${SF_CLIENT_SECRET}
                  engagement:
                    - object: Trial__c
                      leadField: Lead__c
                      timeField: Started_At__c
                      event: TRIAL_STARTED
                      where: "Status__c != 'Cancelled'"
                      attributes: { asset: Product_Name__c }
                model: %s
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Open - Not Contacted }
                """.formatted(model()));

        InstanceConfig config = loader().load(file);

        assertThat(SalesforceSettings.read(config.crmSettings()).orElseThrow().engagement())
                .extracting(EngagementObject::object, EngagementObject::event)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Trial__c", EventType.TRIAL_STARTED));
    }

    @Test
    void theCommentedExampleOfTheShippedSalesforceConfigLoadsOnceUncommented() throws IOException {
        Path shipped = Path.of("..", "config", "instances", "salesforce-example.yaml").toAbsolutePath().normalize();
        String text = Files.readString(shipped);
        String uncommented = text.replaceAll("(?m)^  # (engagement:|  )", "  $1")
                .replace("../models/", shipped.getParent().resolveSibling("models") + "/");
        assertThat(uncommented).as("the example has the block").isNotEqualTo(text.replace("../models/",
                shipped.getParent().resolveSibling("models") + "/"));
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets").resolve("salesforce-jwt.key"), "-----BEGIN PRIVATE KEY-----\n");
        Path file = Files.writeString(dir.resolve("salesforce-example.yaml"), uncommented);

        InstanceConfig config = loader().load(file);

        assertThat(SalesforceSettings.read(config.crmSettings()).orElseThrow().engagement())
                .extracting(EngagementObject::object, EngagementObject::event).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Trial__c", EventType.TRIAL_STARTED),
                        org.assertj.core.groups.Tuple.tuple("Webinar_Attendance__c", EventType.WEBINAR_ATTENDED));
    }

    private InstanceConfigLoader loader() {
        return new InstanceConfigLoader(CrmProviders.of(List.of(new SalesforceProvider())),
                ConfigEnvironment.of(Map.of("SF_CLIENT_SECRET", "sf-client-secret-value"), Optional.of(dir), dir));
    }

    static Path model() {
        try {
            return Path.of(SalesforceEngagementConfigTest.class.getClassLoader().getResource("models/round-trip.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
