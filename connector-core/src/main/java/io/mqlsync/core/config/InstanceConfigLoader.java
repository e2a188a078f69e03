package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.config.Interpolator.Interpolated;
import io.mqlsync.core.lifecycle.LifecycleConfig;
import io.mqlsync.core.planning.TasksConfig;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.routing.RoutingConfig;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.spi.CrmProvider;
import io.mqlsync.core.spi.CrmProviders;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads an instance config (DESIGN section 4): YAML, {@code ${ENV}}, {@code ${file:PATH}} and
 * {@code ${dataDir}} interpolated, checked against {@code config/schema/instance.schema.json}, then
 * semantically (literal secrets, plain-http addresses, the cron expression and zones, durations, the
 * model, conditions over lead fields, owners, the CRM provider's own checks of its block), with the
 * CRM's defaults applied. Every problem is reported at once, one line each, in file order:
 * {@code acme.yaml: lifecycle.expireAfter: "14 days" is not an ISO-8601 duration (e.g. P30D, PT12H, P2W)};
 * the model's problems name the model file. Nothing here makes a request.
 *
 * <p>Thread-safe: build one and load any number of files with it.
 */
public final class InstanceConfigLoader {
    /** Where connector-core's jar carries {@code config/schema/instance.schema.json}. */
    static final String SCHEMA_RESOURCE = "/io/mqlsync/core/config/schema/instance.schema.json";
    private static final Pattern INSTANCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final YamlTreeReader reader = new YamlTreeReader();
    private final SchemaCheck schema = new SchemaCheck(SCHEMA_RESOURCE);
    private final ModelLoader models = new ModelLoader();
    private final NamedLists builtInLists = NamedLists.builtIn();
    private final CrmProviders providers;
    private final ConfigEnvironment environment;

    /**
     * @param providers   the installed CRM providers ({@link CrmProviders#installed()} in the app); the
     *                    {@code crm:} key must name one of them, and its {@code validate} checks its block
     * @param environment the environment variables and data directory the file is read against
     */
    public InstanceConfigLoader(CrmProviders providers, ConfigEnvironment environment) {
        this.providers = Objects.requireNonNull(providers, "providers");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * @param file the instance config; messages name it as given
     * @return the validated config; never null
     * @throws ConfigException with every problem found, when the file (or its model) cannot be used
     */
    public InstanceConfig load(Path file) {
        String displayName = file.toString();
        JsonNode document = reader.read(file, displayName);
        Findings findings = new Findings();
        Path directory = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of(""));
        Interpolated interpolated = new Interpolator(environment, directory, findings).interpolate(document);
        findings.addAll(schema.check(document));
        ConfigNode root = ConfigNode.root(document);
        Optional<InstanceConfig> config = root.isObject()
                ? bind(file, root, interpolated, findings) : Optional.empty();
        if (!findings.isEmpty()) {
            throw new ConfigException(findings.problems(displayName, document));
        }
        return config.orElseThrow(() -> new IllegalStateException(
                "instance config " + displayName + " could not be bound but no problem was reported"));
    }

    private Optional<InstanceConfig> bind(Path file, ConfigNode root, Interpolated interpolated, Findings findings) {
        Optional<String> instance = instance(root.child("instance"), findings);
        Optional<CrmKind> crm = crm(root, interpolated, findings);
        new TransportChecks(interpolated, findings).check(root);
        Optional<Schedule> schedule = ScheduleBinder.bind(root.child("schedule"), findings);
        Optional<Path> modelFile = modelFile(file, root.child("model"), findings);
        Optional<ScoringModel> model = modelFile.flatMap(m -> model(m, root.child("model"), findings));
        ConditionCompiler conditions = new ConditionCompiler(builtInLists, findings);
        CrmKind kind = crm.orElse(CrmKind.HUBSPOT); // the blocks are still checked when crm: is wrong
        Optional<FieldMapping> fields = FieldMappingBinder.bind(root.child("fields"), findings, kind);
        Optional<WriteBackConfig> writeBack = WriteBackBinder.bind(root.child("writeBack"), findings);
        Optional<RoutingConfig> routing = RoutingBinder.bind(root.child("routing"), findings, conditions);
        Optional<TasksConfig> tasks = TasksBinder.bind(root.child("tasks"), findings);
        Optional<LifecycleConfig> lifecycle = LifecycleBinder.bind(root.child("lifecycle"), findings, kind, conditions);
        Optional<StateSettings> state = instance.flatMap(name -> state(root.child("state"), name, findings));
        if (!findings.isEmpty() || instance.isEmpty() || crm.isEmpty() || schedule.isEmpty() || model.isEmpty()
                || fields.isEmpty() || writeBack.isEmpty() || routing.isEmpty() || tasks.isEmpty()
                || lifecycle.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        NodeConfigBlock settings = NodeConfigBlock.loading(root.child(crm.get().key()), interpolated, findings)
                .frozen(file.toString());
        return Optional.of(new InstanceConfig(file, instance.get(), crm.get(), settings, schedule.get(),
                modelFile.get(), model.get(), fields.get(), writeBack.get(), routing.get(), tasks.get(),
                lifecycle.get(), state.get()));
    }

    private static Optional<String> instance(ConfigNode node, Findings findings) {
        Optional<String> name = new Scalars(findings).nonBlank(node).map(String::strip);
        if (name.isPresent() && !INSTANCE_NAME.matcher(name.get()).matches()) {
            findings.add(node, "\"" + name.get() + "\" is not an instance name "
                    + "(a letter or digit, then up to 63 letters, digits, '.', '_' or '-': it names the state file)");
            return Optional.empty();
        }
        return name;
    }

    /** The CRM: installed, its block given (and no other CRM's block), and its provider's checks passed. */
    private Optional<CrmKind> crm(ConfigNode root, Interpolated interpolated, Findings findings) {
        ConfigNode node = root.child("crm");
        Optional<String> key = node.text().map(String::strip);
        if (key.isEmpty()) {
            return Optional.empty(); // missing or of the wrong type: the schema's
        }
        Optional<CrmProvider> provider = providers.find(key.get());
        Optional<CrmKind> kind = CrmKind.byKey(key.get());
        if (provider.isEmpty() || kind.isEmpty()) {
            String installed = providers.keys().isEmpty() ? "none" : String.join(", ", providers.keys());
            findings.add(node, "\"" + key.get() + "\" is not an installed CRM (installed: " + installed + ")");
            return Optional.empty();
        }
        for (CrmKind other : CrmKind.values()) {
            if (other != kind.get() && root.child(other.key()).isPresent()) {
                findings.add(root.child(other.key()), "only the block of the configured crm (" + key.get()
                        + ") may be given");
            }
        }
        ConfigNode block = root.child(key.get());
        if (!block.isGiven()) {
            findings.add(block, "required: the settings of crm " + key.get());
            return Optional.empty();
        }
        if (block.isObject()) {
            int before = findings.count();
            NodeConfigBlock settings = NodeConfigBlock.loading(block, interpolated, findings);
            provider.get().validate(settings);
            if (findings.count() == before) {
                provider.get().delegatedRouting(settings)
                        .ifPresent(delegating -> refuseRouting(root.child("routing"), delegating, block, findings));
            }
        }
        return kind;
    }

    /** Two owners for one handoff would fight: the CRM's assignment rules and mqlsync's pools exclude each other. */
    private static void refuseRouting(ConfigNode routing, String key, ConfigNode block, Findings findings) {
        if (routing.isGiven() && !(routing.isObject() && routing.value().isEmpty())) {
            findings.add(routing, "must not be given while " + block.key() + "." + key
                    + " hands owner assignment to the CRM's assignment rules (keep one of the two)");
        }
    }

    /** The model named relative to the config file, shown as the config's own path names it. */
    private static Optional<Path> modelFile(Path configFile, ConfigNode node, Findings findings) {
        return new Scalars(findings).nonBlank(node).flatMap(text -> {
            try {
                Path named = Path.of(text.strip());
                Path parent = configFile.getParent();
                return Optional.of(named.isAbsolute() || parent == null ? named.normalize()
                        : parent.resolve(named).normalize());
            } catch (InvalidPathException e) {
                findings.add(node, "is not a file path");
                return Optional.empty();
            }
        });
    }

    private Optional<ScoringModel> model(Path modelFile, ConfigNode node, Findings findings) {
        try {
            return Optional.of(models.load(modelFile));
        } catch (ConfigException e) {
            findings.addForeign(node, e.problems());
            return Optional.empty();
        }
    }

    private Optional<StateSettings> state(ConfigNode node, String instance, Findings findings) {
        BlockReader b = new BlockReader(node, findings);
        if (!b.has("url")) {
            return Optional.of(new StateSettings("jdbc:sqlite:" + environment.dataDir().resolve(instance + ".db")));
        }
        return b.text("url").flatMap(url -> {
            if (!url.startsWith("jdbc:")) {
                findings.add(b.child("url"), "is not a JDBC URL (e.g. jdbc:sqlite:${dataDir}/"
                        + instance + ".db or jdbc:postgresql://host/db)");
                return Optional.empty();
            }
            return Optional.of(new StateSettings(url));
        });
    }
}
