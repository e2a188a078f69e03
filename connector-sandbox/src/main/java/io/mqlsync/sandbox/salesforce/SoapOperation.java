package io.mqlsync.sandbox.salesforce;

import io.mqlsync.sandbox.salesforce.internal.SoapFault;
import io.mqlsync.sandbox.salesforce.internal.SoapRequest;
import java.util.Arrays;
import java.util.Optional;

/** The partner API operations the fake org serves, named by their SOAP body element. */
public enum SoapOperation {
    /** {@code query}: the first page of a SOQL query. */
    QUERY("query"),
    /** {@code queryMore}: the next page after a query locator. */
    QUERY_MORE("queryMore"),
    /** {@code create}: up to 200 new records. */
    CREATE("create"),
    /** {@code update}: up to 200 changed records. */
    UPDATE("update"),
    /** {@code describeSObject}: fields, types and picklists of one object. */
    DESCRIBE_SOBJECT("describeSObject"),
    /** {@code describeSObjects}: {@code describeSObject} for up to 100 objects at once. */
    DESCRIBE_SOBJECTS("describeSObjects"),
    /** {@code getUserInfo}: who the session belongs to. */
    GET_USER_INFO("getUserInfo"),
    /** {@code retrieve}: chosen fields of records by id. */
    RETRIEVE("retrieve"),
    /** {@code getServerTimestamp}: the org's current time. */
    GET_SERVER_TIMESTAMP("getServerTimestamp");

    private final String element;

    SoapOperation(String element) {
        this.element = element;
    }

    /** @return the local name of the request's body element */
    public String element() {
        return element;
    }

    /**
     * Tells which operation a partner API request is, for rules keyed by operation (all operations share one
     * URL and {@code SOAPAction ""}, so only the body says).
     *
     * @param requestBody the request body, already decompressed
     * @return the operation, empty when the body is not a request for one the sandbox serves
     */
    public static Optional<SoapOperation> ofRequestBody(byte[] requestBody) {
        try {
            return ofElement(SoapRequest.parse(requestBody).operation());
        } catch (SoapFault e) {
            return Optional.empty();
        }
    }

    /** @return the operation whose request body element has this local name */
    public static Optional<SoapOperation> ofElement(String localName) {
        return Arrays.stream(values()).filter(o -> o.element.equals(localName)).findFirst();
    }
}
