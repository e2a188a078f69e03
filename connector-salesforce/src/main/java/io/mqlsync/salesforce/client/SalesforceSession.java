package io.mqlsync.salesforce.client;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.LimitInfoHeader_element;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SessionRenewer;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import io.mqlsync.core.spi.DailyUsage;
import io.mqlsync.core.spi.PermanentCrmException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.xml.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One org's partner API connection: every request goes through the instance's {@link CallPolicy}, every
 * failure is classified by {@link SoapFaults}, and every successful response's {@code LimitInfoHeader} is
 * reported as daily usage. When a session expires, force-wsc asks this renewer once per call: it gets a
 * new token and puts it on the connection for that call and all later ones. Not thread-safe.
 */
public final class SalesforceSession {
    private static final Logger LOG = LoggerFactory.getLogger(SalesforceSession.class);
    private static final QName SESSION_HEADER = new QName("urn:partner.soap.sforce.com", "SessionHeader");
    private static final String API_REQUESTS = "API REQUESTS";

    private final SalesforceOAuth oauth;
    private final CallPolicy calls;
    private final PartnerConnection connection;

    private SalesforceSession(SalesforceOAuth oauth, CallPolicy calls, PartnerConnection connection) {
        this.oauth = oauth;
        this.calls = calls;
        this.connection = connection;
    }

    /**
     * Authenticates and opens the partner connection.
     *
     * @param timeout connect and read timeout of every SOAP request
     * @throws io.mqlsync.core.spi.CrmAuthException when the org refuses the credentials
     */
    public static SalesforceSession open(SalesforceOAuth oauth, CallPolicy calls, String apiVersion, Duration timeout) {
        SalesforceToken token = calls.call(CallKind.READ, "oauth.token", oauth::authenticate);
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(token.accessToken().reveal());
        config.setServiceEndpoint(token.serviceEndpoint(apiVersion));
        config.setConnectionTimeout((int) timeout.toMillis());
        config.setReadTimeout((int) timeout.toMillis());
        try {
            PartnerConnection connection = Connector.newConnection(config);
            SalesforceSession session = new SalesforceSession(oauth, calls, connection);
            config.setSessionRenewer(session::renew);
            return session;
        } catch (ConnectionException e) {
            // newConnection makes no request with a session id set; this is a broken configuration.
            throw new PermanentCrmException("salesforce connection setup failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Makes {@code call} through the policy; see {@link CallPolicy#call}. */
    public <T> T call(CallKind kind, String operation, SoapCall<T> call) {
        return calls.call(kind, operation, () -> once(operation, call));
    }

    /** Makes a per-record call through the policy; see {@link CallPolicy#callPerItem}. */
    public <I, R> List<R> callPerItem(CallKind kind, String operation, List<I> items, Function<List<I>, SoapCall<List<R>>> call,
                                      Predicate<R> retryItem) {
        return calls.callPerItem(kind, operation, items, batch -> once(operation, call.apply(batch)), retryItem);
    }

    private <T> T once(String operation, SoapCall<T> call) {
        try {
            T result = call.call(connection);
            reportUsage();
            return result;
        } catch (ConnectionException e) {
            throw SoapFaults.classify(operation, e);
        }
    }

    private void reportUsage() {
        LimitInfoHeader_element header = connection.getLimitInfoHeader();
        if (header == null || header.getLimitInfo() == null) {
            return;
        }
        for (LimitInfo info : header.getLimitInfo()) {
            if (API_REQUESTS.equals(info.getType()) && info.getLimit() > 0 && info.getCurrent() >= 0) {
                calls.feedback().dailyUsage(new DailyUsage(info.getCurrent(), info.getLimit()));
            }
        }
        connection.clearLimitInfoHeader();
    }

    private SessionRenewer.SessionRenewalHeader renew(ConnectorConfig config) {
        LOG.info("salesforce session expired; authenticating again");
        SalesforceToken token = oauth.authenticate();
        String session = token.accessToken().reveal();
        config.setSessionId(session);
        connection.setSessionHeader(session);
        SessionRenewer.SessionRenewalHeader header = new SessionRenewer.SessionRenewalHeader();
        header.name = SESSION_HEADER;
        header.headerElement = connection.getSessionHeader();
        return header;
    }
}
