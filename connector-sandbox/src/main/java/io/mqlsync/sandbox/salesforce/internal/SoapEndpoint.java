package io.mqlsync.sandbox.salesforce.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultPlan;
import io.mqlsync.sandbox.fault.FaultResponses;
import io.mqlsync.sandbox.fault.RequestFacts;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.util.Optional;

/**
 * The WireMock extension serving {@code POST /services/Soap/u/65.0}: hands the request to the org, answers
 * 200 with the response envelope or 500 with a SOAP fault, and checks each answer against the partner WSDL
 * when a schema is given.
 */
public final class SoapEndpoint implements ResponseDefinitionTransformerV2 {
    /** The extension's name, referenced by the stub. */
    public static final String NAME = "mqlsync-salesforce-soap";

    private final SalesforceOrg org;
    private final Optional<PartnerWsdlSchema> schema;
    private final FaultPlan faults;
    private final FaultResponses faultResponses = new FaultResponses(new SalesforceFaultBodies());

    /**
     * @param org    the org to serve
     * @param schema the WSDL schema responses are checked against, if any
     * @param faults transport and API faults injected before the org sees a request
     */
    public SoapEndpoint(SalesforceOrg org, Optional<PartnerWsdlSchema> schema, FaultPlan faults) {
        this.org = org;
        this.schema = schema;
        this.faults = faults;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Optional<Fault> fault = faults.decide(new RequestFacts("POST", serveEvent.getRequest().getUrl(),
                SoapOperation.ofRequestBody(serveEvent.getRequest().getBody()).map(SoapOperation::element).orElse("?")));
        if (fault.isPresent()) {
            org.journal().fault(fault.get().kind().name()); // injected: not the org's answer, so not WSDL-checked
            return faultResponses.render(fault.get());
        }
        return served(serveEvent);
    }

    private ResponseDefinition served(ServeEvent serveEvent) {
        int status;
        String body;
        String operation = "?";
        try {
            SoapRequest request = SoapRequest.parse(serveEvent.getRequest().getBody());
            operation = request.operation();
            body = org.serve(request);
            status = 200;
        } catch (SoapFault f) {
            org.journal().fault(f.code());
            body = PartnerResponses.fault(f);
            status = 500;
        } catch (RuntimeException e) {
            // a defect of the sandbox: answer as Salesforce does for its own, and make the test see it
            org.journal().fault("UNKNOWN_EXCEPTION");
            org.journal().violation(operation + ": sandbox defect " + e);
            body = PartnerResponses.fault(SoapFault.of("UNKNOWN_EXCEPTION", SoapFault.Type.UnexpectedErrorFault,
                    "An unexpected error occurred."));
            status = 500;
        }
        if (schema.isPresent()) {
            for (String problem : schema.get().check(body)) {
                org.journal().violation(operation + " response: " + problem);
            }
        }
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body).build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
