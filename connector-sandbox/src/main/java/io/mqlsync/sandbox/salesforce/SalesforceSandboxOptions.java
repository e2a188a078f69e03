package io.mqlsync.sandbox.salesforce;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How a {@link SalesforceSandbox} is set up: port, org identity, credentials, limits and which custom fields
 * the org has. Immutable; build with {@link #builder()}.
 */
public final class SalesforceSandboxOptions {
    /** The reason codes of DESIGN.md section 7, the default values of the rejection-reason picklist. */
    public static final List<String> DEFAULT_REJECTION_REASONS = List.of("poor_fit", "no_budget", "no_authority",
            "timing", "no_intent", "unresponsive", "chose_competitor", "student_researcher", "competitor", "duplicate");

    /** The Lead Status values of a new Salesforce org. */
    public static final List<LeadStatusValue> DEFAULT_LEAD_STATUSES = List.of(
            new LeadStatusValue("Open - Not Contacted", false), new LeadStatusValue("Working - Contacted", false),
            new LeadStatusValue("Closed - Converted", true), new LeadStatusValue("Closed - Not Converted", false));

    private final int port;
    private final String clientId;
    private final String clientSecret;
    private final String username;
    private final Optional<PublicKey> jwtPublicKey;
    private final long dailyApiRequestLimit;
    private final Duration sessionTimeout;
    private final Clock clock;
    private final boolean customFieldsInstalled;
    private final Set<String> omittedCustomFields;
    private final boolean multiCurrency;
    private final List<LeadStatusValue> leadStatuses;
    private final List<String> rejectionReasons;
    private final Optional<PartnerWsdl> partnerWsdl;
    private final long seed;
    private final int writeHistoryLimit;
    private final UnaryOperator<WireMockConfiguration> serverCustomizer;
    private final List<CustomObject> customObjects;
    private final List<LeadAssignmentRule> leadAssignmentRules;

    private SalesforceSandboxOptions(Builder b) {
        this.leadAssignmentRules = List.copyOf(b.leadAssignmentRules);
        this.port = b.port;
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.username = b.username;
        this.jwtPublicKey = b.jwtPublicKey;
        this.dailyApiRequestLimit = b.dailyApiRequestLimit;
        this.sessionTimeout = b.sessionTimeout;
        this.clock = b.clock;
        this.customFieldsInstalled = b.customFieldsInstalled;
        this.omittedCustomFields = Set.copyOf(b.omittedCustomFields);
        this.multiCurrency = b.multiCurrency;
        this.leadStatuses = List.copyOf(b.leadStatuses);
        this.rejectionReasons = List.copyOf(b.rejectionReasons);
        this.partnerWsdl = b.partnerWsdl;
        this.seed = b.seed;
        this.writeHistoryLimit = b.writeHistoryLimit;
        this.serverCustomizer = b.serverCustomizer;
        this.customObjects = List.copyOf(b.customObjects);
    }

    /** @return a builder with the defaults each setter documents */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the org's Lead assignment rules; none by default */
    public List<LeadAssignmentRule> leadAssignmentRules() {
        return leadAssignmentRules;
    }

    /** @return the options every setter's default gives */
    public static SalesforceSandboxOptions defaults() {
        return builder().build();
    }

    /** @return the loopback port to listen on; 0 picks a free one */
    public int port() {
        return port;
    }

    /** @return the connected app's consumer key, the JWT {@code iss} */
    public String clientId() {
        return clientId;
    }

    /** @return the connected app's consumer secret for the client credentials flow */
    public String clientSecret() {
        return clientSecret;
    }

    /** @return the integration user's username, the JWT {@code sub} */
    public String username() {
        return username;
    }

    /** @return the key JWT assertions must be signed for; empty makes the sandbox generate a key pair */
    public Optional<PublicKey> jwtPublicKey() {
        return jwtPublicKey;
    }

    /** @return API requests the org allows in a rolling 24 hours */
    public long dailyApiRequestLimit() {
        return dailyApiRequestLimit;
    }

    /** @return how long a session lives without being used */
    public Duration sessionTimeout() {
        return sessionTimeout;
    }

    /** @return the org's clock: timestamps, session expiry, JWT expiry and the daily window */
    public Clock clock() {
        return clock;
    }

    /** @return whether Lead and Contact have the {@code MQL_*__c} and {@code UTM_*__c} fields at all */
    public boolean customFieldsInstalled() {
        return customFieldsInstalled;
    }

    /** @return custom field API names left out of Lead and Contact even though the others are installed */
    public Set<String> omittedCustomFields() {
        return omittedCustomFields;
    }

    /** @return whether the org has multiple currencies enabled: then Opportunity has {@code CurrencyIsoCode} */
    public boolean multiCurrency() {
        return multiCurrency;
    }

    /** @return the org's Lead Status values, in picklist order, the first the default */
    public List<LeadStatusValue> leadStatuses() {
        return leadStatuses;
    }

    /** @return the values of the restricted rejection-reason picklist */
    public List<String> rejectionReasons() {
        return rejectionReasons;
    }

    /** @return the partner WSDL every response is checked against; empty checks nothing */
    public Optional<PartnerWsdl> partnerWsdl() {
        return partnerWsdl;
    }

    /** @return seed of the random choices of probabilistic error rules */
    public long seed() {
        return seed;
    }

    /** @return how many of the latest writes the journal keeps */
    public int writeHistoryLimit() {
        return writeHistoryLimit;
    }

    /** @return what adjusts the WireMock configuration before the server starts (e.g. fault extensions) */
    public UnaryOperator<WireMockConfiguration> serverCustomizer() {
        return serverCustomizer;
    }

    /** @return the org's own objects (e.g. {@code Trial__c}), besides the standard ones */
    public List<CustomObject> customObjects() {
        return customObjects;
    }

    @Override
    public String toString() {
        return "SalesforceSandboxOptions[port=" + port + ", dailyApiRequestLimit=" + dailyApiRequestLimit
                + ", sessionTimeout=" + sessionTimeout + ", customFieldsInstalled=" + customFieldsInstalled
                + ", omittedCustomFields=" + omittedCustomFields + ", clientSecret=***]";
    }

    /** Builds {@link SalesforceSandboxOptions}; every setter checks its argument. */
    public static final class Builder {
        private int port;
        private String clientId = "3MVG9mqlsyncSandboxConsumerKey";
        private String clientSecret = "sandbox-consumer-secret";
        private String username = "integration@mqlsync.sandbox";
        private Optional<PublicKey> jwtPublicKey = Optional.empty();
        private long dailyApiRequestLimit = 100_000;
        private Duration sessionTimeout = Duration.ofHours(2);
        private Clock clock = Clock.systemUTC();
        private boolean customFieldsInstalled = true;
        private final Set<String> omittedCustomFields = new LinkedHashSet<>();
        private boolean multiCurrency;
        private List<LeadStatusValue> leadStatuses = DEFAULT_LEAD_STATUSES;
        private List<String> rejectionReasons = DEFAULT_REJECTION_REASONS;
        private Optional<PartnerWsdl> partnerWsdl = Optional.empty();
        private long seed = 42;
        private int writeHistoryLimit = 100_000;
        private UnaryOperator<WireMockConfiguration> serverCustomizer = UnaryOperator.identity();
        private final List<CustomObject> customObjects = new ArrayList<>();
        private final List<LeadAssignmentRule> leadAssignmentRules = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a Lead assignment rule, run by saves whose {@code AssignmentRuleHeader} names it (see
         * {@link LeadAssignmentRule}); default none, so no save reassigns a lead.
         */
        public Builder leadAssignmentRule(LeadAssignmentRule rule) {
            this.leadAssignmentRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Loopback port; default 0, a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** Consumer key of the connected app; default {@code 3MVG9mqlsyncSandboxConsumerKey}. */
        public Builder clientId(String clientId) {
            this.clientId = nonBlank(clientId, "clientId");
            return this;
        }

        /** Consumer secret of the connected app; default {@code sandbox-consumer-secret}. */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = nonBlank(clientSecret, "clientSecret");
            return this;
        }

        /** Username of the integration user; default {@code integration@mqlsync.sandbox}. */
        public Builder username(String username) {
            this.username = nonBlank(username, "username");
            return this;
        }

        /** Key that verifies JWT assertions; default none, and the sandbox generates a key pair. */
        public Builder jwtPublicKey(PublicKey key) {
            this.jwtPublicKey = Optional.of(Objects.requireNonNull(key, "key"));
            return this;
        }

        /** Certificate whose key verifies JWT assertions, as uploaded to a connected app. */
        public Builder jwtCertificate(X509Certificate certificate) {
            return jwtPublicKey(Objects.requireNonNull(certificate, "certificate").getPublicKey());
        }

        /** Daily API request limit; default 100,000 (an Enterprise org's base allowance). */
        public Builder dailyApiRequestLimit(long limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("dailyApiRequestLimit must be at least 1, was " + limit);
            }
            this.dailyApiRequestLimit = limit;
            return this;
        }

        /** Idle time after which a session expires; default 2 hours (Salesforce's default). */
        public Builder sessionTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("sessionTimeout must be positive, was " + timeout);
            }
            this.sessionTimeout = timeout;
            return this;
        }

        /** Clock of the org; default the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Leaves every {@code MQL_*__c} and {@code UTM_*__c} field out of Lead and Contact; default: present. */
        public Builder withoutCustomFields() {
            this.customFieldsInstalled = false;
            return this;
        }

        /**
         * Enables multiple currencies: Opportunity gets {@code CurrencyIsoCode} (USD, EUR, GBP); default off,
         * as in a new org, where the field does not exist at all.
         */
        public Builder multiCurrency() {
            this.multiCurrency = true;
            return this;
        }

        /** Leaves one custom field (e.g. {@code MQL_Model__c}) out of Lead and Contact. */
        public Builder withoutCustomField(String apiName) {
            if (!nonBlank(apiName, "apiName").endsWith("__c")) {
                throw new IllegalArgumentException("a custom field name ends in __c, was " + apiName);
            }
            this.omittedCustomFields.add(apiName);
            return this;
        }

        /** Lead Status values; default {@link #DEFAULT_LEAD_STATUSES}. */
        public Builder leadStatuses(List<LeadStatusValue> statuses) {
            if (statuses.isEmpty() || statuses.stream().noneMatch(LeadStatusValue::converted)) {
                throw new IllegalArgumentException("leadStatuses needs at least one converted status");
            }
            this.leadStatuses = List.copyOf(statuses);
            return this;
        }

        /** Values of the rejection-reason picklist; default {@link #DEFAULT_REJECTION_REASONS}. */
        public Builder rejectionReasons(List<String> reasons) {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("rejectionReasons must not be empty");
            }
            this.rejectionReasons = List.copyOf(reasons);
            return this;
        }

        /**
         * Checks every SOAP response against this {@code partner.wsdl}, recording problems in
         * {@link SoapJournal#schemaViolations()}; default: no check.
         */
        public Builder validateAgainst(PartnerWsdl partnerWsdl) {
            this.partnerWsdl = Optional.of(Objects.requireNonNull(partnerWsdl, "partnerWsdl"));
            return this;
        }

        /** Seed of probabilistic error rules; default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Writes the journal keeps (the latest); default 100,000, so long benchmarks stay in bounded memory. */
        public Builder writeHistoryLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("writeHistoryLimit must be at least 1, was " + limit);
            }
            this.writeHistoryLimit = limit;
            return this;
        }

        /**
         * Adjusts the WireMock configuration before the server starts, after the sandbox's own settings: the
         * seam for transport-level fault injection (extensions, thread counts). Default: no change.
         */
        public Builder serverCustomizer(UnaryOperator<WireMockConfiguration> customizer) {
            this.serverCustomizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /** Adds an object of the org's own, e.g. a {@code Trial__c} with a lookup to Lead; default: none. */
        public Builder customObject(CustomObject object) {
            Objects.requireNonNull(object, "object");
            if (customObjects.stream().anyMatch(o -> o.name().equalsIgnoreCase(object.name()))) {
                throw new IllegalArgumentException("the org already has an object " + object.name());
            }
            this.customObjects.add(object);
            return this;
        }

        /** @return the options */
        public SalesforceSandboxOptions build() {
            return new SalesforceSandboxOptions(this);
        }

        private static String nonBlank(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return value;
        }
    }
}
