package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.internal.schema.FieldValues;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.soql.QueryRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Writes partner API response envelopes in the element order of the WSDL's sequences, which force-wsc
 * requires: out-of-order elements fail its parse (see shared/specs/salesforce/NOTES.md).
 */
public final class PartnerResponses {
    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\""
            + SOAP_NS + "\" xmlns=\"urn:partner.soap.sforce.com\" xmlns:sf=\"urn:sobject.partner.soap.sforce.com\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";

    private PartnerResponses() {
    }

    /** @return a success envelope with the {@code LimitInfoHeader} and the given body content */
    static String envelope(long apiCurrent, long apiLimit, String body) {
        return new XmlText().raw(HEAD).open("soapenv:Header").open("LimitInfoHeader").open("limitInfo")
                .element("current", apiCurrent).element("limit", apiLimit).element("type", "API REQUESTS")
                .close("limitInfo").close("LimitInfoHeader").close("soapenv:Header")
                .open("soapenv:Body").raw(body).close("soapenv:Body").close("soapenv:Envelope").toString();
    }

    /** @return a {@code queryResponse} or {@code queryMoreResponse} body */
    static String query(String responseElement, QueryPage page) {
        XmlText x = new XmlText().open(responseElement).open("result").element("done", page.done());
        if (page.queryLocator().isPresent()) {
            x.element("queryLocator", page.queryLocator().get());
        } else {
            x.nil("queryLocator");
        }
        for (QueryRow row : page.rows()) {
            x.openTyped("records", "sf:sObject");
            rowContent(x, row);
            x.close("records");
        }
        return x.element("size", page.totalSize()).close("result").close(responseElement).toString();
    }

    /** @return a {@code retrieveResponse} body: one result per id, nil where no record has it */
    static String retrieve(List<Optional<QueryRow>> rows) {
        XmlText x = new XmlText().open("retrieveResponse");
        for (Optional<QueryRow> row : rows) {
            if (row.isPresent()) {
                x.openTyped("result", "sf:sObject");
                rowContent(x, row.get());
                x.close("result");
            } else {
                x.nil("result");
            }
        }
        return x.close("retrieveResponse").toString();
    }

    /** @return a {@code getServerTimestampResponse} body */
    static String serverTimestamp(Instant now) {
        return new XmlText().open("getServerTimestampResponse").open("result")
                .element("timestamp", FieldValues.format(now.truncatedTo(ChronoUnit.MILLIS)))
                .close("result").close("getServerTimestampResponse").toString();
    }

    private static void rowContent(XmlText x, QueryRow row) {
        x.element("sf:type", row.type());
        if (row.id().isPresent()) {
            x.element("sf:Id", row.id().get());
        } else {
            x.nil("sf:Id");
        }
        for (QueryRow.Cell cell : row.cells()) {
            String name = "sf:" + cell.name();
            switch (cell) {
                case QueryRow.FieldCell f -> {
                    if (f.value().isPresent()) {
                        x.element(name, FieldValues.format(f.value().get()));
                    } else {
                        x.nil(name);
                    }
                }
                case QueryRow.ParentCell p -> {
                    if (p.parent().isPresent()) {
                        x.openTyped(name, "sf:sObject");
                        rowContent(x, p.parent().get());
                        x.close(name);
                    } else {
                        x.nil(name);
                    }
                }
            }
        }
    }

    /** @return a {@code createResponse} or {@code updateResponse} body */
    static String save(String responseElement, List<SaveOutcome> outcomes) {
        XmlText x = new XmlText().open(responseElement);
        for (SaveOutcome o : outcomes) {
            x.open("result");
            for (RecordError e : o.errors()) {
                x.open("errors");
                e.fields().forEach(f -> x.element("fields", f));
                x.element("message", e.message()).element("statusCode", e.statusCode()).close("errors");
            }
            // a failed save carries no id, as in Salesforce: clients match results to input by position
            if (o.success() && o.id().isPresent()) {
                x.element("id", o.id().get());
            } else {
                x.nil("id");
            }
            x.element("success", o.success()).close("result");
        }
        return x.close(responseElement).toString();
    }

    /** @return a {@code getUserInfoResponse} body for the session's user */
    static String userInfo(String orgId, OrgRecord user,
                           long sessionSeconds) {
        String email = user.get("Email").map(Object::toString).orElse("");
        return new XmlText().open("getUserInfoResponse").open("result").element("accessibilityMode", false)
                .element("chatterExternal", false).element("currencySymbol", "$")
                .element("orgAttachmentFileSizeLimit", 5_242_880).element("orgDefaultCurrencyIsoCode", "USD")
                .nil("orgDefaultCurrencyLocale").element("orgDisallowHtmlAttachments", false)
                .element("orgHasPersonAccounts", false).element("organizationId", orgId)
                .element("organizationMultiCurrency", false).element("organizationName", "mqlsync sandbox")
                .element("profileId", "00e5g000000MQLSAA0").nil("roleId")
                .element("sessionSecondsValid", sessionSeconds).nil("userDefaultCurrencyIsoCode")
                .element("userEmail", email).element("userFullName", user.get("Name").map(Object::toString).orElse(""))
                .element("userId", user.id()).element("userLanguage", "en_US").element("userLocale", "en_US")
                .element("userName", user.get("Username").map(Object::toString).orElse(""))
                .element("userTimeZone", "GMT").element("userType", "Standard").element("userUiSkin", "Theme3")
                .close("result").close("getUserInfoResponse").toString();
    }

    /** @return a SOAP fault envelope, HTTP 500, as force-wsc parses it into an {@code ApiFault} subclass */
    static String fault(SoapFault f) {
        XmlText x = new XmlText().raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\""
                        + SOAP_NS + "\" xmlns:sf=\"urn:fault.partner.soap.sforce.com\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .open("soapenv:Body").open("soapenv:Fault").element("faultcode", "sf:" + f.code())
                .element("faultstring", f.code() + ": " + f.getMessage()).open("detail")
                .openTyped("sf:" + f.type().name(), "sf:" + f.type().name())
                .element("sf:exceptionCode", f.code()).element("sf:exceptionMessage", f.getMessage());
        if (f.type().isQueryFault()) {
            int column = f.column().orElse(-1);
            x.element("sf:row", column < 0 ? -1 : 1).element("sf:column", column);
        }
        return x.close("sf:" + f.type().name()).close("detail").close("soapenv:Fault").close("soapenv:Body")
                .close("soapenv:Envelope").toString();
    }
}
