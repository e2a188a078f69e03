package io.mqlsync.salesforce;

import io.mqlsync.core.model.Secret;
import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.salesforce.client.OAuthFlow;
import io.mqlsync.salesforce.client.SalesforceCredentials;
import io.mqlsync.salesforce.mapping.EngagementObject;
import io.mqlsync.salesforce.mapping.LeadObject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code salesforce:} block of an instance config (DESIGN section 4), checked in one pass that reports
 * every problem through the block.
 *
 * @param credentials   login URL, flow and credentials
 * @param object        Lead or Contact
 * @param apiVersion    the partner API version, e.g. {@code 65.0}
 * @param maxDailyShare the share of the org's daily API requests this instance may use
 * @param engagement    the org's own objects read as events ({@code engagement:}); empty for none
 * @param assignmentRules the Lead assignment rule qualifying updates run; empty when mqlsync routes
 */
record SalesforceSettings(SalesforceCredentials credentials, LeadObject object, String apiVersion, double maxDailyShare,
                          List<EngagementObject> engagement, Optional<AssignmentRules> assignmentRules) {
    SalesforceSettings {
        engagement = List.copyOf(engagement);
    }

    static final String DEFAULT_API_VERSION = "65.0";
    private static final Pattern API_VERSION = Pattern.compile("\\d{2,3}\\.0");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    /** Reports every problem of {@code block}; empty when there was one. */
    static Optional<SalesforceSettings> read(ConfigBlock block) {
        int problems = 0;
        Optional<String> loginUrl = block.text("loginUrl");
        if (loginUrl.isEmpty()) {
            block.problem("loginUrl", "is required (https://login.salesforce.com or the org's My Domain URL)");
            problems++;
        } else if (!isAllowedUrl(loginUrl.get())) {
            block.problem("loginUrl", "must be an https:// URL (http:// only for loopback)");
            problems++;
        }
        Optional<LeadObject> object = LeadObject.byApiName(block.text("object").orElse("Lead"));
        if (object.isEmpty()) {
            block.problem("object", "must be Lead or Contact");
            problems++;
        }
        String apiVersion = block.text("apiVersion").orElse(DEFAULT_API_VERSION);
        if (!API_VERSION.matcher(apiVersion).matches()) {
            block.problem("apiVersion", "must be a version such as \"65.0\"");
            problems++;
        }
        double share = block.has("maxDailyShare") ? block.number("maxDailyShare").orElse(-1)
                : CallPolicyConfig.DEFAULT_MAX_DAILY_SHARE;
        if (!(share > 0 && share <= 1)) {
            block.problem("maxDailyShare", "must be a number above 0 and at most 1");
            problems++;
        }
        Optional<List<EngagementObject>> engagement = EngagementSettings.read(block);
        if (engagement.isEmpty()) {
            problems++;
        }
        Optional<AssignmentRules> rules = AssignmentRules.read(block);
        if (block.has(AssignmentRules.KEY) && rules.isEmpty()) {
            problems++;
        } else if (rules.isPresent() && object.filter(o -> o != LeadObject.LEAD).isPresent()) {
            block.problem(AssignmentRules.KEY, "Salesforce has assignment rules for leads only: remove it or set object: Lead");
            problems++;
        }
        Optional<ConfigBlock> oauth = block.block("oauth");
        if (oauth.isEmpty()) {
            block.problem("oauth", "is required: flow, clientId and the flow's credentials");
            return Optional.empty();
        }
        Optional<SalesforceCredentials> credentials = credentials(oauth.get(), loginUrl.orElse(""));
        if (problems > 0 || credentials.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SalesforceSettings(credentials.get(), object.get(), apiVersion, share, engagement.get(), rules));
    }

    private static Optional<SalesforceCredentials> credentials(ConfigBlock oauth, String loginUrl) {
        Optional<OAuthFlow> flow = oauth.text("flow").flatMap(OAuthFlow::byConfigName);
        if (flow.isEmpty()) {
            oauth.problem("flow", "must be jwt or client_credentials");
        }
        Optional<String> clientId = oauth.text("clientId").filter(s -> !s.isBlank());
        if (clientId.isEmpty()) {
            oauth.problem("clientId", "is required (the connected app's consumer key)");
        }
        Optional<String> username = oauth.text("username").filter(s -> !s.isBlank());
        Optional<Secret> privateKey = oauth.secret("privateKey");
        Optional<Secret> clientSecret = oauth.secret("clientSecret");
        boolean ok = flow.isPresent() && clientId.isPresent();
        if (flow.filter(f -> f == OAuthFlow.JWT).isPresent()) {
            if (username.isEmpty()) {
                oauth.problem("username", "is required for the jwt flow");
                ok = false;
            }
            if (privateKey.isEmpty()) {
                oauth.problem("privateKey", "is required for the jwt flow: ${file:/path/to/key.pem}");
                ok = false;
            }
        }
        if (flow.filter(f -> f == OAuthFlow.CLIENT_CREDENTIALS).isPresent() && clientSecret.isEmpty()) {
            oauth.problem("clientSecret", "is required for the client_credentials flow: ${ENV_VAR}");
            ok = false;
        }
        if (!ok || loginUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SalesforceCredentials(loginUrl, flow.get(), clientId.get(), username,
                flow.get() == OAuthFlow.JWT ? privateKey : Optional.empty(),
                flow.get() == OAuthFlow.CLIENT_CREDENTIALS ? clientSecret : Optional.empty()));
    }

    static boolean isAllowedUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            String host = Optional.ofNullable(uri.getHost()).orElse("").toLowerCase(Locale.ROOT);
            return !host.isEmpty() && (scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host)));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
