package io.mqlsync.sandbox.salesforce;

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

    /** @return the operation whose request body element has this local name */
    public static Optional<SoapOperation> ofElement(String localName) {
        return Arrays.stream(values()).filter(o -> o.element.equals(localName)).findFirst();
    }
}
