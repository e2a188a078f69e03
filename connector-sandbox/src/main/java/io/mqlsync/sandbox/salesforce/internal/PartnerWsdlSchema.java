package io.mqlsync.sandbox.salesforce.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XML Schema embedded in Salesforce's {@code partner.wsdl}, plus a strict SOAP 1.1 envelope, used to check
 * every response the fake org writes. Body, header and fault detail content must be elements the WSDL
 * declares, in the order its sequences give. The WSDL is read from the shared specs folder and never copied.
 * Thread-safe: each check makes its own validator.
 */
public final class PartnerWsdlSchema {
    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String ENVELOPE_XSD = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified"
                targetNamespace="http://schemas.xmlsoap.org/soap/envelope/"
                xmlns:tns="http://schemas.xmlsoap.org/soap/envelope/">
              <xs:element name="Envelope"><xs:complexType><xs:sequence>
                <xs:element ref="tns:Header" minOccurs="0"/><xs:element ref="tns:Body"/>
              </xs:sequence></xs:complexType></xs:element>
              <xs:element name="Header"><xs:complexType><xs:sequence>
                <xs:any namespace="##other" processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence></xs:complexType></xs:element>
              <xs:element name="Body"><xs:complexType><xs:sequence>
                <xs:any namespace="##any" processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence></xs:complexType></xs:element>
              <xs:element name="Fault"><xs:complexType><xs:sequence>
                <xs:element name="faultcode" type="xs:QName" form="unqualified"/>
                <xs:element name="faultstring" type="xs:string" form="unqualified"/>
                <xs:element name="faultactor" type="xs:anyURI" minOccurs="0" form="unqualified"/>
                <xs:element name="detail" minOccurs="0" form="unqualified"><xs:complexType><xs:sequence>
                  <xs:any namespace="##any" processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
                </xs:sequence></xs:complexType></xs:element>
              </xs:sequence></xs:complexType></xs:element>
            </xs:schema>
            """;

    private final Schema schema;

    private PartnerWsdlSchema(Schema schema) {
        this.schema = schema;
    }

    /**
     * @return the schema of the WSDL at {@code wsdl}
     * @throws IllegalStateException when the file cannot be read or holds no usable schema
     */
    public static PartnerWsdlSchema load(Path wsdl) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = dbf.newDocumentBuilder().parse(wsdl.toFile());
            Map<String, String> byNamespace = new LinkedHashMap<>();
            NodeList schemas = doc.getElementsByTagNameNS(XSD, "schema");
            for (int i = 0; i < schemas.getLength(); i++) {
                Element s = (Element) schemas.item(i);
                byNamespace.put(s.getAttribute("targetNamespace"), standalone(s, doc.getDocumentElement()));
            }
            byNamespace.put(PartnerResponses.SOAP_NS, ENVELOPE_XSD);
            SchemaFactory factory = SchemaFactory.newInstance(XSD);
            factory.setResourceResolver(new ByNamespace(byNamespace));
            List<Source> sources = new ArrayList<>();
            byNamespace.forEach((ns, text) -> sources.add(new StreamSource(new StringReader(text), ns)));
            return new PartnerWsdlSchema(factory.newSchema(sources.toArray(Source[]::new)));
        } catch (IOException | SAXException | ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot read the partner WSDL's schema at " + wsdl, e);
        }
    }

    /** @return the problems of a response envelope; empty when it conforms */
    public List<String> check(String envelope) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                problems.add("column " + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("column " + e.getColumnNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(envelope)));
        } catch (SAXException | IOException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** A schema element of the WSDL as a document of its own, with the WSDL root's namespace declarations. */
    private static String standalone(Element schema, Element root) throws TransformerException {
        Element copy = (Element) schema.cloneNode(true);
        NamedNodeMap attrs = root.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI()) && !copy.hasAttribute(a.getName())
                    && !a.getName().equals("xmlns")) {
                copy.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getName(), a.getValue());
            }
        }
        StringWriter out = new StringWriter();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.transform(new DOMSource(copy), new StreamResult(out));
        return out.toString();
    }

    /** Resolves a namespace-only {@code <import>} to the WSDL schema of that namespace. */
    private record ByNamespace(Map<String, String> schemas) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                                       String baseUri) {
            String text = schemas.get(namespace);
            return text == null ? null : new StringInput(text, namespace);
        }
    }

    /** A schema text handed to the schema factory. */
    private record StringInput(String text, String systemId) implements LSInput {
        @Override public Reader getCharacterStream() { return new StringReader(text); }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() { return null; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return text; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
