package io.mqlsync.sandbox.salesforce.internal.schema;

/** Salesforce field types the fake org uses, with the describe name and SOAP type of each. */
public enum FieldType {
    ID("id", "tns:ID"),
    REFERENCE("reference", "tns:ID"),
    STRING("string", "xsd:string"),
    TEXTAREA("textarea", "xsd:string"),
    EMAIL("email", "xsd:string"),
    PHONE("phone", "xsd:string"),
    URL("url", "xsd:string"),
    PICKLIST("picklist", "xsd:string"),
    BOOLEAN("boolean", "xsd:boolean"),
    INT("int", "xsd:int"),
    DOUBLE("double", "xsd:double"),
    CURRENCY("currency", "xsd:double"),
    DATE("date", "xsd:date"),
    DATETIME("datetime", "xsd:dateTime");

    private final String describeName;
    private final String soapType;

    FieldType(String describeName, String soapType) {
        this.describeName = describeName;
        this.soapType = soapType;
    }

    /** @return the name in {@code Field.type} of a describe result */
    public String describeName() {
        return describeName;
    }

    /** @return the name in {@code Field.soapType} of a describe result */
    public String soapType() {
        return soapType;
    }

    /** @return whether values are text that SOQL compares without regard to case */
    public boolean isText() {
        return switch (this) {
            case STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST -> true;
            default -> false;
        };
    }

    /** @return whether values are Salesforce record ids */
    public boolean isId() {
        return this == ID || this == REFERENCE;
    }

    /** @return whether values are numbers */
    public boolean isNumber() {
        return this == INT || this == DOUBLE || this == CURRENCY;
    }
}
