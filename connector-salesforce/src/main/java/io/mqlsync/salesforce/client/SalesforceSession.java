package io.mqlsync.salesforce.client;

import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.LimitInfoHeader_element;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SessionRenewer;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import io.mqlsync.core.spi.DailyUsage;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.xml.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One partner API connection of one adapter part: every request goes through the instance's
 * {@link CallPolicy}, every failure is classified by {@link SoapFaults}, and every successful response's
 * {@code LimitInfoHeader} is reported as daily usage. When a session expires, force-wsc asks this renewer
 * once per call: it takes a new token from the {@link SalesforceLogin} and puts it on the connection for
 * that call and all later ones. Not thread-safe; made by {@link SalesforceLogin#newSession()}.
 */
public final class SalesforceSession {
    private static final Logger LOG = LoggerFactory.getLogger(SalesforceSession.class);
    private static final QName SESSION_HEADER = new QName("urn:partner.soap.sforce.com", "SessionHeader");
    private static final String API_REQUESTS = "API REQUESTS";

    private final SalesforceLogin login;
    private final CallPolicy calls;
    private final PartnerConnection connection;

    SalesforceSession(SalesforceLogin login, CallPolicy calls, PartnerConnection connection) {
        this.login = login;
        this.calls = calls;
        this.connection = connection;
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

    SessionRenewer.SessionRenewalHeader renew(ConnectorConfig config) {
        LOG.info("salesforce session expired; taking a new one");
        SalesforceToken token = login.renewed(config.getSessionId());
        String session = token.accessToken().reveal();
        config.setSessionId(session);
        connection.setSessionHeader(session);
        SessionRenewer.SessionRenewalHeader header = new SessionRenewer.SessionRenewalHeader();
        header.name = SESSION_HEADER;
        header.headerElement = connection.getSessionHeader();
        return header;
    }
}
