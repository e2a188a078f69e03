package io.mqlsync.salesforce;

import io.mqlsync.core.spi.SchemaRequirements;
import io.mqlsync.salesforce.mapping.LeadFieldMap;
import io.mqlsync.salesforce.mapping.LeadObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a Metadata API package (metadata format) that creates mqlsync's custom fields on the configured
 * object and a permission set giving edit access to them: {@code package.xml},
 * {@code objects/Lead.object} (the field definitions) and {@code permissionsets/MQLSync_Fields.permissionset}.
 * Deploy with {@code sf project deploy start --metadata-dir DIR}, then assign the permission set to the
 * integration user. The org's Lead Status values are not part of it: they are set up by hand.
 */
public final class MetadataPackage {
    static final String PERMISSION_SET = "MQLSync_Fields";
    private static final String NS = "http://soap.sforce.com/2006/04/metadata";

    private final LeadObject object;
    private final LeadFieldMap fields;
    private final String apiVersion;

    public MetadataPackage(LeadObject object, LeadFieldMap fields, String apiVersion) {
        this.object = object;
        this.fields = fields;
        this.apiVersion = apiVersion;
    }

    /**
     * Writes the package into {@code dir} (created if needed; files of the same name are replaced).
     *
     * @return the files written
     */
    public List<Path> write(Path dir, SchemaRequirements required) {
        List<RequiredField> all = RequiredField.all(required, fields);
        try {
            Path objects = Files.createDirectories(dir.resolve("objects"));
            Path permissionSets = Files.createDirectories(dir.resolve("permissionsets"));
            return List.of(
                    Files.writeString(dir.resolve("package.xml"), packageXml(all), StandardCharsets.UTF_8),
                    Files.writeString(objects.resolve(object.apiName() + ".object"), objectXml(all), StandardCharsets.UTF_8),
                    Files.writeString(permissionSets.resolve(PERMISSION_SET + ".permissionset"), permissionSetXml(all),
                            StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Metadata API package to " + dir, e);
        }
    }

    private String packageXml(List<RequiredField> all) {
        String members = all.stream().map(f -> "        <members>" + object.apiName() + "." + f.name() + "</members>\n")
                .collect(Collectors.joining());
        return header("Package") + "    <types>\n" + members + "        <name>CustomField</name>\n    </types>\n"
                + "    <types>\n        <members>" + PERMISSION_SET + "</members>\n        <name>PermissionSet</name>\n"
                + "    </types>\n    <version>" + apiVersion + "</version>\n</Package>\n";
    }

    private String objectXml(List<RequiredField> all) {
        return header("CustomObject") + all.stream().map(MetadataPackage::fieldXml).collect(Collectors.joining())
                + "</CustomObject>\n";
    }

    private static String fieldXml(RequiredField f) {
        StringBuilder x = new StringBuilder("    <fields>\n        <fullName>").append(f.name()).append("</fullName>\n")
                .append("        <label>").append(label(f.name())).append("</label>\n");
        switch (f.kind()) {
            case NUMBER -> x.append("        <type>Number</type>\n        <precision>18</precision>\n        <scale>0</scale>\n");
            case TEXT -> x.append("        <type>Text</type>\n        <length>255</length>\n");
            case LONG_TEXT -> x.append("        <type>LongTextArea</type>\n        <length>32768</length>\n")
                    .append("        <visibleLines>5</visibleLines>\n");
            case DATE_TIME -> x.append("        <type>DateTime</type>\n");
            case PICKLIST -> {
                x.append("        <type>Picklist</type>\n        <valueSet>\n            <restricted>true</restricted>\n")
                        .append("            <valueSetDefinition>\n                <sorted>false</sorted>\n");
                for (String v : f.values()) {
                    x.append("                <value>\n                    <fullName>").append(escape(v))
                            .append("</fullName>\n                    <default>false</default>\n                    <label>")
                            .append(escape(v)).append("</label>\n                </value>\n");
                }
                x.append("            </valueSetDefinition>\n        </valueSet>\n");
            }
        }
        return x.append("    </fields>\n").toString();
    }

    private String permissionSetXml(List<RequiredField> all) {
        String perms = all.stream().map(f -> "    <fieldPermissions>\n        <editable>true</editable>\n        <field>"
                + object.apiName() + "." + f.name() + "</field>\n        <readable>true</readable>\n    </fieldPermissions>\n")
                .collect(Collectors.joining());
        return header("PermissionSet") + perms + "    <label>mqlsync fields</label>\n</PermissionSet>\n";
    }

    private static String header(String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\"" + NS + "\">\n";
    }

    /** {@code MQL_Fit_Score__c} is labelled {@code MQL Fit Score}. */
    private static String label(String apiName) {
        return escape(apiName.substring(0, apiName.length() - "__c".length()).replace('_', ' '));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
