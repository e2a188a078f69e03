package io.mqlsync.salesforce.client;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import io.mqlsync.core.spi.PermanentCrmException;
import java.time.Duration;
import java.util.Objects;

/**
 * One org's OAuth session, shared by the adapter's parts, each of which talks through a
 * {@link SalesforceSession} of its own: force-wsc connections keep per-call headers and are not safe to share
 * between threads, and the engine may read one page while it writes another. When a session expires, the first
 * part to notice authenticates again and the others take the new token. Thread-safe.
 */
public final class SalesforceLogin {
    private final SalesforceOAuth oauth;
    private final CallPolicy calls;
    private final String apiVersion;
    private final Duration timeout;
    private SalesforceToken current;

    private SalesforceLogin(SalesforceOAuth oauth, CallPolicy calls, String apiVersion, Duration timeout,
                            SalesforceToken token) {
        this.oauth = oauth;
        this.calls = calls;
        this.apiVersion = apiVersion;
        this.timeout = timeout;
        this.current = token;
    }

    /**
     * Authenticates through the call policy (retried when the token endpoint fails transiently).
     *
     * @param timeout connect and read timeout of every SOAP request
     * @throws io.mqlsync.core.spi.CrmAuthException when the org refuses the credentials
     */
    public static SalesforceLogin open(SalesforceOAuth oauth, CallPolicy calls, String apiVersion, Duration timeout) {
        Objects.requireNonNull(apiVersion, "apiVersion");
        SalesforceToken token = calls.call(CallKind.READ, "oauth.token", oauth::authenticate);
        return new SalesforceLogin(oauth, calls, apiVersion, timeout, token);
    }

    /** A partner connection of its own on the shared session, for one part of the adapter. */
    public synchronized SalesforceSession newSession() {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(current.accessToken().reveal());
        config.setServiceEndpoint(current.serviceEndpoint(apiVersion));
        config.setConnectionTimeout((int) timeout.toMillis());
        config.setReadTimeout((int) timeout.toMillis());
        try {
            PartnerConnection connection = Connector.newConnection(config);
            SalesforceSession session = new SalesforceSession(this, calls, connection);
            config.setSessionRenewer(session::renew);
            return session;
        } catch (ConnectionException e) {
            // newConnection makes no request when a session id is set: this is a broken configuration.
            throw new PermanentCrmException("salesforce connection setup failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The session to use instead of {@code expired}: a new one when {@code expired} is still the current one,
     * else the one another part already got.
     */
    synchronized SalesforceToken renewed(String expired) {
        if (current.accessToken().reveal().equals(expired)) {
            current = oauth.authenticate();
        }
        return current;
    }
}
