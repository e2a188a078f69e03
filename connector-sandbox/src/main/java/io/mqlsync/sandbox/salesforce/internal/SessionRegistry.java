package io.mqlsync.sandbox.salesforce.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sessions (OAuth access tokens) of the fake org. A session dies after the timeout without use, or when a
 * test expires it. Not thread-safe: the org serialises use.
 */
public final class SessionRegistry {
    private final Map<String, Session> sessions = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final String orgId;
    private final Duration timeout;
    private final Clock clock;

    /** A live session. */
    public record Session(String userId, Instant lastUsed) {
    }

    /** @param orgId prefix of every token; @param timeout idle lifetime; @param clock the org's clock */
    public SessionRegistry(String orgId, Duration timeout, Clock clock) {
        this.orgId = orgId;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** @return a new access token for the user, shaped like Salesforce's ({@code orgId15!random}) */
    public String open(String userId) {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String token = orgId.substring(0, 15) + "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(userId, clock.instant()));
        return token;
    }

    /**
     * @return the session's user id, the session's idle time restarted
     * @throws SoapFault {@code INVALID_SESSION_ID} when the token is unknown, expired or revoked
     */
    public String use(String token) {
        Session s = sessions.get(token);
        Instant now = clock.instant();
        if (s == null || !now.isBefore(s.lastUsed().plus(timeout))) {
            sessions.remove(token);
            throw SoapFault.invalidSession();
        }
        sessions.put(token, new Session(s.userId(), now));
        return s.userId();
    }

    /** Ends every session, as an admin revoking them or an org-wide timeout would. */
    public void expireAll() {
        sessions.clear();
    }

    /** Ends one session. */
    public void expire(String token) {
        sessions.remove(token);
    }

    /** @return the live tokens, for the admin view */
    public Set<String> tokens() {
        return Set.copyOf(sessions.keySet());
    }
}
