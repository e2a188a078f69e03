package io.mqlsync.sandbox.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.fault.FaultPlan;
import io.mqlsync.sandbox.fault.FaultResponses;
import io.mqlsync.sandbox.journal.Journal;
import io.mqlsync.sandbox.journal.WriteOrigin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running fake HubSpot portal on loopback: the CRM v3 endpoints mqlsync uses, seeded with generated
 * contacts, rate limited like a Starter portal, optionally failing by {@link #faults() fault rules},
 * and validating its traffic against HubSpot's OpenAPI files. A client only needs {@link #baseUrl()}
 * and {@link #token()}; the rest is for tests, benchmarks, {@code mqlsync sandbox} and {@code mqlsync demo}.
 *
 * <pre>{@code
 * try (HubSpotSandbox hubspot = HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(500).build())) {
 *     // point a client at hubspot.baseUrl() with "Authorization: Bearer " + hubspot.token()
 * }
 * }</pre>
 *
 * Thread-safe. {@link #close()} stops the server; it may be called from any thread.
 */
public final class HubSpotSandbox implements AutoCloseable {

    private final WireMockServer server;
    private final HubSpotPortal portal;
    private final Journal journal;
    private final FaultPlan faults;
    private final SpecViolations violations;
    private final AdjustableClock clock;
    private final String token;
    private final SandboxAdminApi admin;
    private final HubSpotSpecs specs;
    private final HubSpotOAuth oauth;

    private HubSpotSandbox(HubSpotSandboxOptions options) {
        this.clock = options.newClock();
        this.journal = new Journal(options.journalCapacity());
        this.faults = new FaultPlan();
        this.violations = new SpecViolations();
        this.token = options.token();
        this.specs = options.specs();
        this.portal = new HubSpotPortal(new SyntheticCrm(options.dataSpec()), clock, options.searchLag(), journal,
                options.portalId());
        HubSpotRateLimiter limiter = new HubSpotRateLimiter(clock, options.rateLimits());
        this.admin = new SandboxAdminApi(portal, journal, clock, faults, limiter);
        this.oauth = new HubSpotOAuth(options.dataSpec().seed(), clock);
        Set<UUID> unvalidated = ConcurrentHashMap.newKeySet();
        HubSpotGateway gateway = new HubSpotGateway(new HubSpotRoutes(portal), admin, faults,
                new FaultResponses(new HubSpotFaultBodies(options.rateLimits())), limiter, journal, token, oauth,
                unvalidated);
        this.server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .jettyAcceptors(1)
                .containerThreads(16)
                .port(options.port())
                .disableRequestJournal()
                .asynchronousResponseEnabled(true)
                .notifier(new Slf4jNotifier(false))
                .extensions(gateway, new SpecValidationListener(specs, violations, unvalidated)));
    }

    /** Starts a sandbox; returns once it accepts connections. */
    public static HubSpotSandbox start(HubSpotSandboxOptions options) {
        HubSpotSandbox sandbox = new HubSpotSandbox(options);
        sandbox.server.start();
        sandbox.server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(HubSpotGateway.NAME)));
        return sandbox;
    }

    /** Where clients send requests, e.g. {@code http://127.0.0.1:54321}; the HubSpot paths go after it. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The port the sandbox listens on. */
    public int port() {
        return server.port();
    }

    /** The private-app token clients must send as {@code Authorization: Bearer ...}. Do not log it. */
    public String token() {
        return token;
    }

    /**
     * The OAuth app installed on the portal, for clients configured with an {@code oauth:} block instead
     * of a private-app token: {@code POST /oauth/v1/token} with {@code grant_type=refresh_token} issues
     * access tokens that expire after 30 minutes of sandbox time. Do not log these.
     */
    public OAuthApp oauthApp() {
        return new OAuthApp(oauth.clientId(), oauth.clientSecret(), oauth.refreshToken());
    }

    /**
     * Credentials of the portal's OAuth app.
     *
     * @param clientId     the app's client id
     * @param clientSecret the app's client secret
     * @param refreshToken a refresh token of the installation
     */
    public record OAuthApp(String clientId, String clientSecret, String refreshToken) {
        @Override
        public String toString() {
            return "OAuthApp[clientId=" + clientId + ", clientSecret=***, refreshToken=***]";
        }
    }

    /** What the sandbox served. */
    public Journal journal() {
        return journal;
    }

    /** The fault rules; add rules at any time. */
    public FaultPlan faults() {
        return faults;
    }

    /** Spec violations seen and not yet drained. */
    public SpecViolations specViolations() {
        return violations;
    }

    /** Whether traffic is validated against HubSpot's OpenAPI files (false when the files are absent). */
    public boolean validatesAgainstSpec() {
        return specs.enabled();
    }

    /** The portal's clock: advance it to expire rate windows, search lag or SLAs without waiting. */
    public AdjustableClock clock() {
        return clock;
    }

    /** The generated population the portal was seeded from. */
    public SyntheticCrm data() {
        return portal.crm();
    }

    /** Every property of a contact as stored now; empty when there is no such contact. */
    public Optional<Map<String, String>> contact(long id) {
        return portal.contacts().store().get(id).map(ObjectView::all).map(Map::copyOf);
    }

    /** The contacts a task is associated with (type 204); empty when none or no such task. */
    public List<Long> taskContacts(long taskId) {
        return portal.taskContacts(taskId);
    }

    /**
     * Creates a deal associated with these contacts, as a sales rep would; {@code hs_is_closed} and
     * {@code hs_is_closed_won} follow {@code dealstage} ({@code closedwon}, {@code closedlost}, else open).
     * The contacts are not modified.
     *
     * @return the deal's id
     */
    public long createDeal(Map<String, String> properties, List<Long> contactIds) {
        return portal.deals().create(properties, contactIds);
    }

    /** Changes a deal (closing it, say) without touching its contacts. */
    public void updateDeal(long id, Map<String, String> properties) {
        portal.deals().update(id, properties);
    }

    /** Deletes a deal and leaves its associations, as a delete racing a reader does. */
    public void deleteDeal(long id) {
        portal.deals().delete(id);
    }

    /** The ids of a contact's deals, seeded ones first; empty when it has none. */
    public List<Long> dealsOf(long contactId) {
        return portal.deals().dealsOf(contactId);
    }

    /** A deal's properties as stored now; empty when there is no such deal. */
    public Optional<Map<String, String>> deal(long id) {
        return portal.deals().find(id);
    }

    /**
     * Books a meeting associated with these contacts, as a contact booking through the meetings tool would:
     * {@code hs_createdate} (the booking) defaults to now, the start to the booking, {@code hs_meeting_outcome}
     * to {@code SCHEDULED} and {@code hs_meeting_source} to {@code MEETINGS_PUBLIC}. HubSpot's contact aggregates
     * follow: {@code engagements_last_meeting_booked} (online bookings) and {@code hs_latest_meeting_activity}
     * move to this meeting when it is later, which bumps the contact's {@code lastmodifieddate}.
     *
     * @return the meeting's id
     * @throws IllegalArgumentException when a contact does not exist
     */
    public long bookMeeting(Map<String, String> properties, List<Long> contactIds) {
        return portal.meetings().book(properties, contactIds);
    }

    /** The ids of a contact's meetings, seeded ones first; empty when it has none. */
    public List<Long> meetingsOf(long contactId) {
        return portal.meetings().meetingsOf(contactId);
    }

    /** A meeting's properties; empty when there is no such meeting. */
    public Optional<Map<String, String>> meeting(long id) {
        return portal.meetings().find(id);
    }

    /**
     * Refuses an operation ({@code meetings.batchRead}, {@code forms.list}, ...) with 403 {@code MISSING_SCOPES}
     * until {@link #grantAllScopes()}: an app without the scope, or a tier without the API.
     */
    public void refuseWithMissingScopes(String operation) {
        portal.refusals().refuse(operation);
    }

    /** Serves every operation again. */
    public void grantAllScopes() {
        portal.refusals().grantAll();
    }

    /** How many tasks exist. */
    public long taskCount() {
        return portal.tasks().store().count();
    }

    /**
     * Creates a contact as a rep or an import would in HubSpot's UI: validated like an API create (a known
     * email is refused), journaled as {@link WriteOrigin#SALES_REP}; {@code createdate} and
     * {@code lastmodifieddate} are now.
     *
     * @return the contact's id
     * @throws IllegalArgumentException when a value is invalid or the email is taken
     */
    public long createContact(Map<String, String> properties) {
        try {
            return portal.contacts().create(properties, WriteOrigin.SALES_REP).id();
        } catch (HubSpotApiException e) {
            throw new IllegalArgumentException("cannot create the contact: " + e.getMessage(), e);
        }
    }

    /**
     * Edits a contact as a sales rep would in HubSpot's UI: validated like an API write, journaled as
     * {@link WriteOrigin#SALES_REP}, bumps {@code lastmodifieddate}.
     *
     * @throws IllegalArgumentException when there is no such contact or a value is invalid
     */
    public void patchContactAsSalesRep(long id, Map<String, String> properties) {
        try {
            portal.contacts().write(id, portal.contacts().catalog().checkAll(List.of(properties),
                    portal.portalId()).get(0), WriteOrigin.SALES_REP)
                    .orElseThrow(HubSpotApiException::notFound);
        } catch (HubSpotApiException e) {
            throw new IllegalArgumentException("cannot patch contact " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lets the simulated sales team answer every handoff that is due, by the seeded dispositions: a
     * marketing-qualified contact with an owner is accepted, rejected with a reason (written to
     * {@code prefix + "rejection_reason"} when that property offers it) or ignored, once the
     * disposition's delay has passed since {@code prefix + "qualified_at"} (else its last change).
     *
     * @return how many contacts the reps changed
     */
    public int respondAsSales(String prefix) {
        return admin.respondAsSales(prefix);
    }

    @Override
    public void close() {
        server.stop();
    }
}
