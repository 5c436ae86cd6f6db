package vn.lienket.console.plans;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV that Excel opens with its Vietnamese intact: UTF-8 with a byte order mark, CRLF
 * lines, fields quoted when they hold a comma, quote or line break. A field that a spreadsheet would
 * run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
final class Csv {

    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    static byte[] write(List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, headers);
        rows.forEach(r -> line(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(";")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
