package io.mqlsync.sandbox.salesforce.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A partner API request as force-wsc sends it, read by local names (force-wsc's prefixes vary): the body
 * element names the operation, {@code SessionHeader/sessionId} the session, {@code QueryOptions/batchSize}
 * the page size, {@code AssignmentRuleHeader} the Lead assignment rule a save runs.
 *
 * @param operation local name of the body element
 * @param sessionId the session header's id, if sent
 * @param batchSize the query options' batch size, if sent
 * @param allOrNone whether {@code AllOrNoneHeader/allOrNone} is true
 * @param body the body element
 * @param assignmentRule the assignment rule the header asks for: {@link #DEFAULT_RULE} for {@code useDefaultRule},
 *                       else the {@code assignmentRuleId}; empty without the header (no rule runs)
 */
public record SoapRequest(String operation, Optional<String> sessionId, OptionalInt batchSize, boolean allOrNone,
                          Element body, Optional<String> assignmentRule) {
    /** What {@link #assignmentRule()} holds for {@code useDefaultRule}: the org's active rule. */
    public static final String DEFAULT_RULE = "default";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");

    /**
     * @return the request in {@code xml}
     * @throws SoapFault {@code INVALID_XML}-style fault when the body is not a SOAP envelope
     */
    public static SoapRequest parse(byte[] xml) {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw SoapFault.of("INVALID_SOAP_HEADER", SoapFault.Type.UnexpectedErrorFault,
                    "could not parse the request as a SOAP envelope");
        }
        Element envelope = doc.getDocumentElement();
        Optional<Element> header = child(envelope, "Header");
        Optional<Element> body = child(envelope, "Body").flatMap(b -> children(b).stream().findFirst());
        if (!"Envelope".equals(envelope.getLocalName()) || body.isEmpty()) {
            throw SoapFault.of("INVALID_SOAP_HEADER", SoapFault.Type.UnexpectedErrorFault,
                    "the request has no SOAP body");
        }
        Optional<String> session = header.flatMap(h -> child(h, "SessionHeader")).flatMap(s -> child(s, "sessionId"))
                .map(Node::getTextContent).map(String::trim);
        OptionalInt batch = header.flatMap(h -> child(h, "QueryOptions")).flatMap(q -> child(q, "batchSize"))
                .map(b -> batchSize(b.getTextContent())).orElse(OptionalInt.empty());
        boolean allOrNone = header.flatMap(h -> child(h, "AllOrNoneHeader")).flatMap(a -> child(a, "allOrNone"))
                .map(a -> a.getTextContent().trim().equals("true")).orElse(false);
        return new SoapRequest(body.get().getLocalName(), session, batch, allOrNone, body.get(),
                header.flatMap(h -> child(h, "AssignmentRuleHeader")).flatMap(SoapRequest::assignmentRule));
    }

    /** Salesforce's docs: a malformed assignmentRuleId fails the call with MALFORMED_ID. */
    private static Optional<String> assignmentRule(Element header) {
        Optional<String> id = child(header, "assignmentRuleId").filter(e -> !"true".equals(e.getAttributeNS(XSI, "nil")))
                .map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty());
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            throw SoapFault.of("MALFORMED_ID", SoapFault.Type.UnexpectedErrorFault, "Invalid assignment rule id");
        }
        boolean useDefault = child(header, "useDefaultRule").map(e -> e.getTextContent().trim().equals("true")).orElse(false);
        return id.or(() -> useDefault ? Optional.of(DEFAULT_RULE) : Optional.empty());
    }

    private static OptionalInt batchSize(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw SoapFault.of("INVALID_BATCH_SIZE", SoapFault.Type.UnexpectedErrorFault, "invalid batch size");
        }
    }

    /** @return the text of the body's child with this local name, if present */
    public Optional<String> text(String localName) {
        return child(body, localName).map(Node::getTextContent);
    }

    /** @return the texts of every body child with this local name, in order */
    public List<String> texts(String localName) {
        return children(body).stream().filter(e -> localName.equals(e.getLocalName()))
                .map(e -> e.getTextContent().trim()).toList();
    }

    /** @return the {@code sObjects} of a create or update body */
    public List<SObjectInput> sObjects() {
        List<SObjectInput> inputs = new ArrayList<>();
        for (Element so : children(body)) {
            if (!"sObjects".equals(so.getLocalName())) {
                continue;
            }
            String type = "";
            Optional<String> id = Optional.empty();
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> toNull = new ArrayList<>();
            for (Element f : children(so)) {
                String name = f.getLocalName();
                String value = f.getTextContent();
                boolean nil = "true".equals(f.getAttributeNS(XSI, "nil"));
                switch (name) {
                    case "type" -> type = value.trim();
                    case "fieldsToNull" -> toNull.add(value.trim());
                    case "Id" -> id = nil || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
                    default -> {
                        // a nil field is ignored, as in Salesforce: clearing takes fieldsToNull
                        if (!nil) {
                            fields.put(name, value);
                        }
                    }
                }
            }
            inputs.add(new SObjectInput(type, id, fields, toNull));
        }
        return inputs;
    }

    private static Optional<Element> child(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = f.newDocumentBuilder();
            // the default handler prints parse errors to stderr; the fault answering them is enough
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }
}
