package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partner WSDL check itself: it must catch what force-wsc would choke on. */
class PartnerWsdlTest {
    private static final String HEAD = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<soapenv:Body>";
    private static final String TAIL = "</soapenv:Body></soapenv:Envelope>";

    private PartnerWsdl wsdl;

    @BeforeEach
    void load() {
        assumeTrue(SandboxFixture.Wsdl.LOADED.isPresent(), "partner.wsdl is not in mqlsync.specs.dir");
        wsdl = SandboxFixture.Wsdl.LOADED.get();
    }

    @Test
    void saveResultInWsdlOrderConforms() {
        String ok = HEAD + "<updateResponse><result><errors><fields>Status</fields><message>bad</message>"
                + "<statusCode>UNABLE_TO_LOCK_ROW</statusCode></errors><id xsi:nil=\"true\"/><success>false</success>"
                + "</result></updateResponse>" + TAIL;

        assertThat(wsdl.check(ok)).isEmpty();
    }

    @Test
    void saveResultOutOfWsdlOrderIsReported() {
        String reordered = HEAD + "<updateResponse><result><success>true</success><id>00Q5g0000001AAAEA2</id>"
                + "</result></updateResponse>" + TAIL;

        assertThat(wsdl.check(reordered)).isNotEmpty();
    }

    @Test
    void unknownStatusCodeIsReported() {
        String unknown = HEAD + "<createResponse><result><errors><message>m</message><statusCode>NOT_A_CODE"
                + "</statusCode></errors><id xsi:nil=\"true\"/><success>false</success></result></createResponse>"
                + TAIL;

        assertThat(wsdl.check(unknown)).anyMatch(p -> p.contains("NOT_A_CODE"));
    }

    @Test
    void bodyElementTheWsdlDoesNotDeclareIsReported() {
        assertThat(wsdl.check(HEAD + "<queryResponses/>" + TAIL)).isNotEmpty();
    }

    @Test
    void faultWithoutTheRowOfAQueryFaultIsReported() {
        String fault = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:sf=\"urn:fault.partner.soap.sforce.com\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><soapenv:Fault>"
                + "<faultcode>sf:MALFORMED_QUERY</faultcode><faultstring>x</faultstring><detail>"
                + "<sf:MalformedQueryFault xsi:type=\"sf:MalformedQueryFault\"><sf:exceptionCode>MALFORMED_QUERY"
                + "</sf:exceptionCode><sf:exceptionMessage>x</sf:exceptionMessage></sf:MalformedQueryFault>"
                + "</detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>";

        assertThat(wsdl.check(fault)).isNotEmpty();
    }
}
