package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.model.Secret;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.core.spi.CrmProviders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loading whole instance configs: DESIGN section 4 as written, interpolation, the data directory, the CRM block. */
class InstanceConfigLoaderTest {
    private static final Path RESOURCES = Path.of("src", "test", "resources", "instance-configs");

    @Test
    void designSectionFourLoadsAsWritten() {
        InstanceConfig config = ConfigFiles.loader().load(RESOURCES.resolve("design-section-4.yaml"));

        assertThat(config.instance()).isEqualTo("acme-hubspot");
        assertThat(config.crm()).isEqualTo(CrmKind.HUBSPOT);
        assertThat(config.crmKey()).isEqualTo("hubspot");
        assertThat(config.crmSettings().path()).isEqualTo("hubspot");
        assertThat(config.crmSettings().text("baseUrl")).contains("https://api.hubapi.com");
        assertThat(config.crmSettings().secret("accessToken")).map(Secret::reveal).contains(ConfigFiles.TOKEN);
        assertThat(config.crmSettings().number("requestsPer10s")).hasValue(100);
        assertThat(config.schedule()).isEqualTo(new Schedule("0 */15 * * * ?", ZoneId.of("UTC")));
        assertThat(config.modelFile()).isEqualTo(Path.of("src", "test", "resources", "models", "b2b-default.yaml"));
        assertThat(config.model().name()).isEqualTo("b2b-default");
        assertThat(config.routing().rules()).hasSize(1);
        assertThat(config.lifecycle().reasons()).hasSize(7);
        assertThat(config.state().url()).isEqualTo("jdbc:sqlite:/srv/mqlsync/data/acme-hubspot.db");
    }

    @Test
    void designSectionFoursSalesforceBlockLoadsUncommented() {
        InstanceConfig config = ConfigFiles.loader().load(RESOURCES.resolve("design-section-4-salesforce.yaml"));

        ConfigBlock oauth = config.crmSettings().block("oauth").orElseThrow();
        assertThat(config.crm()).isEqualTo(CrmKind.SALESFORCE);
        assertThat(oauth.path()).isEqualTo("salesforce.oauth");
        assertThat(oauth.text("flow")).contains("jwt");
        assertThat(oauth.secret("privateKey")).map(Secret::reveal).hasValueSatisfying(key ->
                assertThat(key).startsWith("-----BEGIN PRIVATE KEY-----").endsWith("-----END PRIVATE KEY-----"));
        assertThat(config.crmSettings().text("apiVersion")).contains("65.0");
        assertThat(config.crmSettings().number("maxDailyShare")).hasValue(0.8);
        assertThat(config.fields().property("leadStatus")).contains("Status");
    }

    @Test
    void theProviderOfTheConfiguredCrmValidatesItsBlock() {
        CheckingCrmProvider hubspot = new CheckingCrmProvider("hubspot");
        CheckingCrmProvider salesforce = new CheckingCrmProvider("salesforce");
        InstanceConfigLoader loader = new InstanceConfigLoader(CrmProviders.of(List.of(hubspot, salesforce)),
                ConfigEnvironment.of(ConfigFiles.VARIABLES, Optional.empty(), ConfigFiles.WORKING_DIRECTORY));

        loader.load(ConfigFiles.write("acme.yaml", ConfigFiles.HUBSPOT_HEADER));

        assertThat(hubspot.validated()).containsExactly("hubspot");
        assertThat(salesforce.validated()).isEmpty();
    }

    @Test
    void aProblemReportedOnTheLoadedBlockFailsAtOnceNamingFileAndPath() {
        Path file = ConfigFiles.write("acme.yaml", ConfigFiles.HUBSPOT_HEADER);
        ConfigBlock settings = ConfigFiles.loader().load(file).crmSettings();

        assertThatThrownBy(() -> settings.problem("accessToken", "the token was refused"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": hubspot.accessToken: the token was refused");
    }

    @Test
    void aListOfMappingsInTheCrmBlockIsReadAsBlocksWhoseProblemsNameTheirIndex() {
        String entries = "  engagement:\n"
                + "    - { object: Trial__c, leadField: Lead__c, timeField: Started_At__c, event: TRIAL_STARTED }\n"
                + "    - { object: Webinar__c, leadField: Lead__c, timeField: On__c, event: WEBINAR_ATTENDED,\n"
                + "        attributes: { campaign: Name, asset: Asset__c } }\n";
        Path file = ConfigFiles.write("acme-sf.yaml", ConfigFiles.SALESFORCE_HEADER.replace("model:", entries + "model:")
                + "lifecycle: { acceptedWhen: { field: leadStatus, in: [Working] }, onQualify: { leadStatus: Open },"
                + " onRecycle: { leadStatus: Nurturing } }\n");
        ConfigBlock settings = ConfigFiles.loader().load(file).crmSettings();

        List<ConfigBlock> blocks = settings.blocks("engagement");

        assertThat(blocks).extracting(ConfigBlock::path).containsExactly("salesforce.engagement[0]", "salesforce.engagement[1]");
        assertThat(blocks.get(0).text("event")).contains("TRIAL_STARTED");
        assertThat(blocks.get(1).block("attributes").orElseThrow().keys()).containsExactly("campaign", "asset");
        assertThat(settings.blocks("oauth")).as("a mapping is not a list").isEmpty();
        assertThat(settings.blocks("absent")).isEmpty();
        assertThatThrownBy(() -> blocks.get(1).problem("object", "no such object"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": salesforce.engagement[1].object: no such object");
    }

    @Test
    void theDataDirectoryIsTheOptionElseTheVariableElseDataUnderTheWorkingDirectory() {
        Path file = ConfigFiles.write("acme.yaml", ConfigFiles.HUBSPOT_HEADER);
        Path work = Path.of("/srv/work");

        assertThat(loaderWith(Map.of("HUBSPOT_TOKEN", "t0ken-value", "MQLSYNC_DATA_DIR", "/var/lib/mqlsync"),
                Optional.of(Path.of("state")), work).load(file).state().url())
                .isEqualTo("jdbc:sqlite:/srv/work/state/acme.db");
        assertThat(loaderWith(Map.of("HUBSPOT_TOKEN", "t0ken-value", "MQLSYNC_DATA_DIR", "/var/lib/mqlsync"),
                Optional.empty(), work).load(file).state().url())
                .isEqualTo("jdbc:sqlite:/var/lib/mqlsync/acme.db");
        assertThat(loaderWith(Map.of("HUBSPOT_TOKEN", "t0ken-value"), Optional.empty(), work).load(file).state().url())
                .isEqualTo("jdbc:sqlite:/srv/work/data/acme.db");
    }

    @Test
    void dataDirInterpolatesIntoAStateUrl() {
        InstanceConfig config = ConfigFiles.load("acme.yaml", ConfigFiles.HUBSPOT_HEADER
                + "state: { url: \"jdbc:sqlite:${dataDir}/shared.db\" }\n");

        assertThat(config.state().url()).isEqualTo("jdbc:sqlite:/srv/mqlsync/data/shared.db");
    }

    @Test
    void aSecretFileIsReadRelativeToTheConfigFileWithoutItsTrailingNewline(@TempDir Path directory) throws IOException {
        Files.createDirectories(directory.resolve("secrets"));
        Files.writeString(directory.resolve("secrets/token"), "file-token-value\n");
        Path file = directory.resolve("acme.yaml");
        Files.writeString(file, ConfigFiles.HUBSPOT_HEADER.replace("${HUBSPOT_TOKEN}", "${file:secrets/token}"));

        InstanceConfig config = ConfigFiles.loader().load(file);

        assertThat(config.crmSettings().secret("accessToken")).map(Secret::reveal).contains("file-token-value");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:18080", "http://localhost:8080", "http://[::1]:8080",
        "https://api.hubapi.com", "https://eu1.api.hubapi.com/"})
    void plainHttpIsAcceptedOnlyOnLoopback(String baseUrl) {
        InstanceConfig config = ConfigFiles.load("acme.yaml",
                ConfigFiles.HUBSPOT_HEADER.replace("hubspot: {", "hubspot: { baseUrl: \"" + baseUrl + "\","));

        assertThat(config.crmSettings().text("baseUrl")).contains(baseUrl);
    }

    @Test
    void theConfigPrintsNoSecret() {
        InstanceConfig config = ConfigFiles.loader().load(RESOURCES.resolve("design-section-4.yaml"));

        assertThat(config.toString()).doesNotContain(ConfigFiles.TOKEN).doesNotContain("@acme.com");
        assertThat(config.crmSettings().secret("accessToken").orElseThrow().toString()).isEqualTo("***");
    }

    private static InstanceConfigLoader loaderWith(Map<String, String> variables, Optional<Path> dataDir, Path work) {
        return new InstanceConfigLoader(CheckingCrmProvider.both(), ConfigEnvironment.of(variables, dataDir, work));
    }
}
