package vn.lienket.documents.parse;

import java.util.Optional;

/** What a paragraph starts with, beyond its number: a field label, "Căn cứ", "Nơi nhận", the closing "Trên đây là". */
final class Starts {

    private Starts() {
    }

    /** Whether a line starts an item of its own whatever came before it. */
    static boolean item(String line) {
        Optional<Codes.Label> label = Codes.label(line);
        if (label.isPresent() && label.get().kind() != Codes.Kind.DASH) {
            return true;
        }
        String text = label.map(Codes.Label::rest).orElse(line);
        return field(text).isPresent() && Character.isUpperCase(text.codePointAt(0))
                || legalBasis(line) || recipients(line) || closing(line);
    }

    /** The field label {@code text} starts with, if it is one (with a colon, or exact and naming a unit). */
    static Optional<Labels.Found> field(String text) {
        return Labels.at(text).filter(found -> Labels.standsWithoutColon(found, text));
    }

    /** "Căn cứ Thỏa thuận…" (capital C: a "căn cứ" inside a sentence is not one). */
    static boolean legalBasis(String line) {
        return Character.isUpperCase(line.codePointAt(0)) && Labels.startsWith(line, "can cu")
                && Fuzzy.fold(line).matches("^\\S{3}\\s*\\S{2}(\\s.*|:.*|)$");
    }

    static boolean recipients(String line) {
        return Labels.startsWith(line, "noi nhan") && Fuzzy.fold(line).matches("^n[a-z0-9]i\\s*nh[a-z0-9]n\\s*:.*");
    }

    static boolean closing(String line) {
        return Fuzzy.fold(line).startsWith("tren day la ");
    }
}
