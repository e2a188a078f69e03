package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SoapOperationTest {

    private static byte[] envelope(String body) {
        return ("<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Header><SessionHeader "
                + "xmlns=\"urn:partner.soap.sforce.com\"><sessionId>x</sessionId></SessionHeader></env:Header>"
                + "<env:Body>" + body + "</env:Body></env:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void operationIsTheLocalNameOfTheBodyElement() {
        assertThat(SoapOperation.ofRequestBody(envelope("<m:queryMore xmlns:m=\"urn:partner.soap.sforce.com\">"
                + "<m:queryLocator>01g-200</m:queryLocator></m:queryMore>"))).contains(SoapOperation.QUERY_MORE);
        assertThat(SoapOperation.ofRequestBody(envelope("<update xmlns=\"urn:partner.soap.sforce.com\"/>")))
                .contains(SoapOperation.UPDATE);
    }

    @Test
    void unservedOperationsAndNonSoapBodiesHaveNone() {
        assertThat(SoapOperation.ofRequestBody(envelope("<login xmlns=\"urn:partner.soap.sforce.com\"/>"))).isEmpty();
        assertThat(SoapOperation.ofRequestBody("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SoapOperation.ofRequestBody(new byte[0])).isEmpty();
    }
}
