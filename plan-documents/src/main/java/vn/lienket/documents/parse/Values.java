package vn.lienket.documents.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/** A field's value as written, tidied only of what the layout adds: spacing, the closing "." or ";", a theme's quotes. */
final class Values {

    /** Words a unit's name starts with, folded: a list split on commas only when each piece starts with one. */
    private static final List<String> UNIT_WORDS = List.of("so ", "ban ", "trung tam ", "hiep hoi ", "hoi ", "bao ",
            "dai ", "cuc ", "bo ", "ubnd ", "uy ban ", "phong ", "van phong ", "cong an ", "chi cuc ", "tong cuc ",
            "vien ", "truong ", "cong ty ", "tong cong ty ", "lien doan ", "lien minh ", "doan ", "tinh doan ",
            "hoi dong ", "kho bac ", "ngan hang ", "thanh tra ", "cac ", "quy ", "nha ", "khu ", "ban quan ly ");

    private Values() {
    }

    /** Spaces collapsed, trimmed, the trailing "." / ";" / "./." removed; null when nothing is left. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = space(value);
        while (!v.isEmpty() && (v.endsWith(".") || v.endsWith(";") || v.endsWith("/") || v.endsWith(","))) {
            v = v.substring(0, v.length() - 1).strip();
        }
        return v.isEmpty() ? null : v;
    }

    /** NFC, one space between words, trimmed. */
    static String space(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A theme without the quotes it is written in: “Du lịch xanh - Phát triển bền vững”. */
    static String theme(String value) {
        String v = clean(value);
        if (v != null && v.length() > 2 && "“\"«'".indexOf(v.charAt(0)) >= 0 && "”\"»'".indexOf(v.charAt(v.length() - 1)) >= 0
                && v.substring(1, v.length() - 1).chars().noneMatch(c -> "“”\"".indexOf(c) >= 0)) {
            v = clean(v.substring(1, v.length() - 1));
        }
        return v;
    }

    /** Units split on ";", or on "," where every piece starts as a unit's name does. */
    static List<String> units(String value) {
        String v = clean(value);
        if (v == null) {
            return List.of();
        }
        if (v.contains(";")) {
            return pieces(v.split(";"));
        }
        String[] commas = v.split(",");
        if (commas.length > 1 && Arrays.stream(commas).map(p -> Fuzzy.fold(p.strip()) + " ")
                .allMatch(p -> UNIT_WORDS.stream().anyMatch(p::startsWith))) {
            return pieces(commas);
        }
        return List.of(v);
    }

    private static List<String> pieces(String[] parts) {
        return Arrays.stream(parts).map(Values::clean).filter(p -> p != null).toList();
    }
}
