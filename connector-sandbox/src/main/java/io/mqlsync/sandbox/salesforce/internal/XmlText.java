package io.mqlsync.sandbox.salesforce.internal;

/** Appends XML by hand, escaping text; elements are written exactly as named (prefix included). Not thread-safe. */
final class XmlText {
    private final StringBuilder out = new StringBuilder(1024);

    XmlText raw(String xml) {
        out.append(xml);
        return this;
    }

    XmlText open(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    XmlText openTyped(String name, String xsiType) {
        out.append('<').append(name).append(" xsi:type=\"").append(xsiType).append("\">");
        return this;
    }

    XmlText close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    XmlText element(String name, String text) {
        open(name);
        escape(text);
        return close(name);
    }

    XmlText element(String name, boolean value) {
        return element(name, Boolean.toString(value));
    }

    XmlText element(String name, long value) {
        return element(name, Long.toString(value));
    }

    XmlText nil(String name) {
        out.append('<').append(name).append(" xsi:nil=\"true\"/>");
        return this;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> {
                    // characters XML 1.0 cannot carry are dropped, as Salesforce strips them on save
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
