package io.mqlsync.app.report;

/** Escaping of plain text into HTML text and attribute values. */
final class Html {
    private Html() {
    }

    /** {@code text} with {@code & < > " '} replaced by entities, safe in element text and quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JSON made safe to sit inside a {@code <script type="application/json">} element: JSON has {@code <},
     * {@code >} and {@code &} only inside strings, where the {@code \}{@code u} escapes mean the same.
     */
    static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
