package io.mqlsync.salesforce.client;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;

/**
 * One request through the partner API; may be made again by the call policy.
 *
 * @param <T> what it returns
 */
@FunctionalInterface
public interface SoapCall<T> {
    T call(PartnerConnection connection) throws ConnectionException;
}
