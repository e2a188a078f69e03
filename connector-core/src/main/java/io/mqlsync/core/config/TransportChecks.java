package io.mqlsync.core.config;

import io.mqlsync.core.config.Interpolator.Interpolated;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The security rules of DESIGN section 4 and 9 that hold wherever the keys appear in an instance
 * config: a credential ({@code accessToken}, {@code clientSecret}, {@code refreshToken},
 * {@code privateKey}) comes only from {@code ${ENV}} or {@code ${file:PATH}}, never written in the file;
 * a CRM address ({@code baseUrl}, {@code loginUrl}) is https, or plain http only on loopback. Messages
 * never quote the value: a URL may carry user info, a literal secret is a secret.
 */
final class TransportChecks {
    static final Set<String> SECRET_KEYS = Set.of("accessToken", "clientSecret", "refreshToken", "privateKey");
    static final Set<String> URL_KEYS = Set.of("baseUrl", "loginUrl");
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    private final Interpolated interpolated;
    private final Findings findings;

    TransportChecks(Interpolated interpolated, Findings findings) {
        this.interpolated = interpolated;
        this.findings = findings;
    }

    void check(ConfigNode node) {
        for (String key : node.keys()) {
            ConfigNode child = node.child(key);
            if (child.value().isTextual() && SECRET_KEYS.contains(key) && !interpolated.wholly().contains(child.at())
                    && !interpolated.unresolved().contains(child.at())) { // an unresolved reference is reported already
                findings.add(child, NodeConfigBlock.LITERAL_SECRET);
            } else if (child.value().isTextual() && URL_KEYS.contains(key)) {
                url(child);
            }
            child.elements().forEach(this::check);
            check(child);
        }
    }

    private void url(ConfigNode at) {
        URI uri;
        try {
            uri = new URI(at.value().asText().strip());
        } catch (URISyntaxException e) {
            findings.add(at, "is not a URL (e.g. " + example(at) + ")");
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            findings.add(at, "is not an http(s) URL with a host (e.g. " + example(at) + ")");
        } else if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            findings.add(at, "http:// is refused except on loopback (localhost, 127.0.0.1, [::1]): use https://");
        }
    }

    private static String example(ConfigNode at) {
        return at.key().equals("loginUrl") ? "https://login.salesforce.com" : "https://api.hubapi.com";
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || IPV4_LOOPBACK.matcher(h).matches();
    }
}
