package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.internal.schema.FieldDef;
import io.mqlsync.sandbox.salesforce.internal.schema.FieldType;
import io.mqlsync.sandbox.salesforce.internal.schema.SObjectSchema;
import java.util.List;

/**
 * Writes {@code describeSObjectResponse} and {@code describeSObjectsResponse}: every element the WSDL's
 * {@code DescribeSObjectResult}, {@code Field} and {@code PicklistEntry} sequences require, in their order.
 */
final class DescribeResponse {
    private DescribeResponse() {
    }

    static String of(SObjectSchema schema) {
        XmlText x = new XmlText().open("describeSObjectResponse");
        result(x, schema);
        return x.close("describeSObjectResponse").toString();
    }

    static String of(List<SObjectSchema> schemas) {
        XmlText x = new XmlText().open("describeSObjectsResponse");
        schemas.forEach(s -> result(x, s));
        return x.close("describeSObjectsResponse").toString();
    }

    private static void result(XmlText x, SObjectSchema schema) {
        x.open("result").element("activateable", false).nil("associateEntityType").nil("associateParentEntity")
                .element("compactLayoutable", true).element("createable", schema.writable())
                .element("custom", schema.name().endsWith("__c")).element("customSetting", false)
                .element("deepCloneable", false).nil("defaultImplementation")
                .element("deletable", schema.writable()).element("deprecatedAndHidden", false)
                .element("feedEnabled", false);
        for (FieldDef f : schema.fields()) {
            field(x, f);
        }
        x.element("hasSubtypes", false).element("idEnabled", true).nil("implementedBy")
                .nil("implementsInterfaces").element("isInterface", false).element("isSubtype", false)
                .element("keyPrefix", schema.keyPrefix()).element("label", schema.name())
                .element("labelPlural", schema.name() + "s").element("layoutable", true)
                .element("mergeable", schema.name().equals("Lead") || schema.name().equals("Contact"))
                .element("mruEnabled", true).element("name", schema.name()).nil("networkScopeFieldName")
                .element("queryable", true).element("replicateable", true).element("retrieveable", true)
                .element("searchable", true).element("undeletable", schema.writable())
                .element("updateable", schema.writable()).nil("urlDetail").nil("urlEdit").nil("urlNew")
                .close("result");
    }

    private static void field(XmlText x, FieldDef f) {
        FieldType t = f.type();
        boolean text = t.isText() || t.isId();
        x.open("fields").element("aggregatable", t != FieldType.TEXTAREA).element("aiPredictionField", false)
                .element("autoNumber", false).element("byteLength", text ? f.length() * 3 : 0)
                .element("calculated", f.name().equals("Name") && !f.createable())
                .element("caseSensitive", false).element("createable", f.createable()).element("custom", f.custom())
                .element("defaultedOnCreate", f.defaultedOnCreate()).element("deprecatedAndHidden", false)
                .element("digits", t == FieldType.INT ? f.precision() : 0)
                .element("filterable", !(t == FieldType.TEXTAREA && f.length() > 255))
                .element("groupable", t != FieldType.TEXTAREA
                        && t != FieldType.DATETIME && !t.isNumber())
                .element("idLookup", f.name().equals("Id") || f.name().equals("Email"))
                .element("label", f.label()).element("length", text ? f.length() : 0).element("name", f.name())
                .element("nameField", f.name().equals("Name")).element("nillable", f.nillable())
                .element("permissionable", f.custom() || (f.nillable() && f.updateable()));
        for (int i = 0; i < f.picklistValues().size(); i++) {
            String v = f.picklistValues().get(i);
            x.open("picklistValues").element("active", true)
                    .element("defaultValue", i == 0 && f.defaultedOnCreate()).element("label", v)
                    .element("value", v).close("picklistValues");
        }
        x.element("polymorphicForeignKey", f.referenceTo().size() > 1)
                .element("precision", t == FieldType.DOUBLE || t == FieldType.CURRENCY ? f.precision() : 0)
                .element("queryByDistance", false);
        f.referenceTo().forEach(r -> x.element("referenceTo", r));
        f.relationshipName().ifPresent(r -> x.element("relationshipName", r));
        x.element("restrictedPicklist", f.restrictedPicklist()).element("scale", f.scale())
                .element("searchPrefilterable", false).element("soapType", t.soapType())
                .element("sortable", !(t == FieldType.TEXTAREA && f.length() > 255)).element("type", t.describeName())
                .element("unique", false).element("updateable", f.updateable()).close("fields");
    }
}
