package io.mqlsync.core.state.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks email addresses and token-like strings in free text before it is stored: the second line of
 * defence behind adapters that never put them in messages. The store holds CRM ids, not contacts,
 * and never a credential.
 */
final class Redaction {
    static final String MASK = "***";
    /** Starts only where a run of local-part characters starts, and never backtracks: linear on long text. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]++@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)+");
    /** {@code Bearer xyz}, {@code access_token=xyz}, {@code "refresh_token":"xyz"} and the like: keep the name. */
    private static final Pattern NAMED = Pattern.compile(
            "(?i)(\\bbearer\\s+|\\b(?:access_token|refresh_token|client_secret|password|sessionid|session_id|api_?key|token)"
                    + "\"?\\s*[:=]\\s*\"?)[^\\s\"'&,;]+");
    private static final List<Pattern> BARE = List.of(
            // a HubSpot private-app token: pat-<region>-<uuid>
            Pattern.compile("\\bpat-[a-z0-9]{2,4}-[0-9a-fA-F-]{16,}"),
            // a Salesforce session id / access token: an org id, '!', then the token
            Pattern.compile("\\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]+"),
            // a JSON Web Token
            Pattern.compile("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"));

    private Redaction() {
    }

    /** The text with every email address and token-like string replaced by {@value #MASK}. */
    static String text(String text) {
        String masked = EMAIL.matcher(text).replaceAll(MASK);
        Matcher named = NAMED.matcher(masked);
        masked = named.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        for (Pattern bare : BARE) {
            masked = bare.matcher(masked).replaceAll(MASK);
        }
        return masked;
    }

    /** At most {@code max} characters of the masked text. */
    static String text(String text, int max) {
        String masked = text(text);
        return masked.length() <= max ? masked : masked.substring(0, max - 1) + "…";
    }
}
