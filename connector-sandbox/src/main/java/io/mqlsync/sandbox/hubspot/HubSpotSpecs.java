package io.mqlsync.sandbox.hubspot;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HubSpot's own OpenAPI files, as validators of the sandbox's traffic. The files are test fixtures
 * that are never copied into this repository (SOURCE.md): they are read from the folder named by the
 * system property {@value #SPECS_DIR_PROPERTY} (default {@code ../shared/specs}), and each file is
 * parsed the first time a request needs it. One instance can be shared by many sandboxes to parse
 * each file once. Thread-safe.
 */
public final class HubSpotSpecs {

    /** The system property naming the specs folder (its {@code hubspot} subfolder holds the files). */
    public static final String SPECS_DIR_PROPERTY = "mqlsync.specs.dir";

    private static final Logger LOG = LoggerFactory.getLogger(HubSpotSpecs.class);

    /** URL path prefix to spec file; the prefixes do not overlap. */
    private static final Map<String, String> FILES = files();
    /** Object types with no OpenAPI file among the fixtures, validated as contacts (see {@link #validatedAs}). */
    private static final List<String> UNSPECIFIED_OBJECTS = List.of("/crm/v3/objects/deals", "/crm/v3/objects/meetings");
    private static final String CONTACTS = "/crm/v3/objects/contacts";

    private final Optional<Path> folder;
    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

    private HubSpotSpecs(Optional<Path> folder) {
        this.folder = folder;
    }

    /**
     * The specs in the folder named by {@value #SPECS_DIR_PROPERTY}, or {@code ../shared/specs}. When the
     * folder is absent (a fresh clone), validation is skipped and a warning says so.
     */
    public static HubSpotSpecs locate() {
        return in(Path.of(System.getProperty(SPECS_DIR_PROPERTY, "../shared/specs")));
    }

    /** The specs under {@code specsDir/hubspot}; validation is skipped, loudly, when that folder is absent. */
    public static HubSpotSpecs in(Path specsDir) {
        Path hubspot = specsDir.resolve("hubspot");
        if (!Files.isDirectory(hubspot)) {
            LOG.warn("HubSpot OpenAPI specs not found at {}: the sandbox will NOT validate requests and responses "
                    + "against HubSpot's spec. Set -D{}=<folder holding hubspot/*.json> to enable it.",
                    hubspot.toAbsolutePath().normalize(), SPECS_DIR_PROPERTY);
            return new HubSpotSpecs(Optional.empty());
        }
        return new HubSpotSpecs(Optional.of(hubspot));
    }

    /** Specs that validate nothing, for a sandbox that must not validate. */
    public static HubSpotSpecs disabled() {
        return new HubSpotSpecs(Optional.empty());
    }

    /** Whether traffic is validated. */
    public boolean enabled() {
        return folder.isPresent();
    }

    /** Whether a spec covers this path (legacy endpoints have none, see SOURCE.md). */
    boolean covers(String path) {
        return enabled() && file(validatedAs(path)).isPresent();
    }

    /**
     * The path a request is validated as. There is no deals or meetings OpenAPI file among the fixtures; the
     * CRM objects API is one generic API per object type with identical shapes (meetings are CRM objects,
     * {@code /crm/v3/objects/meetings}, served by the same batch read), so their requests and responses are
     * validated against the contacts file's operations by mapping the path.
     */
    static String validatedAs(String path) {
        for (String prefix : UNSPECIFIED_OBJECTS) {
            if (path.startsWith(prefix)) {
                return CONTACTS + path.substring(prefix.length());
            }
        }
        return path;
    }

    /** Validates a request, and the response unless it is empty; returns the findings. */
    List<SpecViolation> validate(Request request, Optional<Response> response) {
        Optional<String> file = file(request.getPath());
        if (folder.isEmpty() || file.isEmpty()) {
            return List.of();
        }
        OpenApiInteractionValidator validator = validators.computeIfAbsent(file.get(), this::load);
        List<SpecViolation> violations = new ArrayList<>();
        add(violations, SpecViolation.Direction.REQUEST, request, validator.validateRequest(request));
        response.ifPresent(r -> add(violations, SpecViolation.Direction.RESPONSE, request,
                validator.validateResponse(request.getPath(), request.getMethod(), r)));
        return violations;
    }

    private static void add(List<SpecViolation> violations, SpecViolation.Direction direction, Request request,
                            ValidationReport report) {
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR || isNullProperty(direction, message)) {
                continue;
            }
            violations.add(new SpecViolation(direction, request.getMethod().name(), request.getPath(),
                    message.getKey(), message.getMessage()));
        }
    }

    /**
     * Real responses carry {@code null} for a requested property the record lacks, which the spec's
     * string-only property maps do not allow (NOTES.md); that one finding is HubSpot's, not ours.
     */
    private static boolean isNullProperty(SpecViolation.Direction direction, ValidationReport.Message message) {
        return direction == SpecViolation.Direction.RESPONSE
                && message.getKey().equals("validation.response.body.schema.type")
                && message.getMessage().contains("Instance type (null)");
    }

    private OpenApiInteractionValidator load(String file) {
        Path spec = folder.orElseThrow().resolve(file);
        return OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString())
                .withLevelResolver(LevelResolver.create().build())
                .build();
    }

    private static Optional<String> file(String path) {
        return FILES.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("/crm/v3/objects/contacts", "crm-contacts-v3.json");
        files.put("/crm/v3/objects/tasks", "crm-tasks-v3.json");
        files.put("/crm/v3/properties/", "crm-properties-v3.json");
        files.put("/crm/v3/owners", "crm-owners-v3.json");
        files.put("/crm/v4/", "crm-associations-v4.json");
        files.put("/crm/associations/v4/", "crm-associations-schema-v4.json");
        files.put("/events/v3/", "events-v3.json");
        files.put("/marketing/v3/forms", "marketing-forms-v3.json");
        return Map.copyOf(files);
    }
}
