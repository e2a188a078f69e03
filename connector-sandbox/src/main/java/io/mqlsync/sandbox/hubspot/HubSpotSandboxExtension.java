package io.mqlsync.sandbox.hubspot;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link HubSpotSandbox} for a test class and fails every test after which the sandbox saw a
 * request or response that breaks HubSpot's OpenAPI spec. The parsed spec files are shared by all
 * test classes of a run.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(
 *         HubSpotSandboxOptions.builder().contacts(200).clock(AdjustableClock.fixedAt(T0)));
 *
 * @Test
 * void readsContacts() { client(HUBSPOT.sandbox().baseUrl(), HUBSPOT.sandbox().token())... }
 * }</pre>
 */
public final class HubSpotSandboxExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HubSpotSandboxExtension.class);

    private final HubSpotSandboxOptions.Builder options;
    private HubSpotSandbox sandbox;

    /** @param options how to start the sandbox; its specs are replaced by the run's shared ones */
    public HubSpotSandboxExtension(HubSpotSandboxOptions.Builder options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The running sandbox.
     *
     * @throws IllegalStateException outside the test class's lifetime
     */
    public HubSpotSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the HubSpot sandbox runs only while the test class runs");
        }
        return sandbox;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        HubSpotSpecs specs = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(HubSpotSpecs.class, k -> HubSpotSpecs.locate(), HubSpotSpecs.class);
        sandbox = HubSpotSandbox.start(options.specs(specs).build());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sandbox.specViolations().assertNone();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
