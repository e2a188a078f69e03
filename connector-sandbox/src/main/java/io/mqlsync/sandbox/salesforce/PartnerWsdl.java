package io.mqlsync.sandbox.salesforce;

import io.mqlsync.sandbox.salesforce.internal.PartnerWsdlSchema;
import java.nio.file.Path;
import java.util.List;

/**
 * Salesforce's {@code partner.wsdl}, loaded once (it is large) and shared by any number of sandboxes, which
 * check every response they write against its schema. Immutable and thread-safe.
 */
public final class PartnerWsdl {
    private final PartnerWsdlSchema schema;

    private PartnerWsdl(PartnerWsdlSchema schema) {
        this.schema = schema;
    }

    /**
     * @return the WSDL at {@code path}
     * @throws IllegalStateException when the file cannot be read or holds no usable schema
     */
    public static PartnerWsdl load(Path path) {
        return new PartnerWsdl(PartnerWsdlSchema.load(path));
    }

    /** @return problems of a SOAP response envelope against the WSDL; empty when it conforms */
    public List<String> check(String envelope) {
        return schema.check(envelope);
    }

    PartnerWsdlSchema schema() {
        return schema;
    }
}
