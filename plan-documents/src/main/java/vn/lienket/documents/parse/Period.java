package vn.lienket.documents.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period a plan names: "giai đoạn 2021–2025", else its last "năm 2024", in the title first, else the preamble. */
final class Period {

    record Span(Traced<LocalDate> from, Traced<LocalDate> to) {
    }

    private static final Pattern STAGE = Pattern.compile("giai\\s*doan\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\bnam\\s+(\\d{4})\\b");

    private Period() {
    }

    static Span of(Traced<String> title, List<Para> preamble) {
        if (title != null && title.value() != null) {
            Span span = in(title.value(), title.source());
            if (span != null) {
                return span;
            }
        }
        for (Para p : preamble) {
            Span span = in(p.text(), p.source());
            if (span != null) {
                return span;
            }
        }
        return new Span(null, null);
    }

    private static Span in(String text, String source) {
        String folded = Fuzzy.fold(text);
        Matcher stage = STAGE.matcher(folded);
        if (stage.find()) {
            return span(Integer.parseInt(stage.group(1)), Integer.parseInt(stage.group(2)), source);
        }
        Matcher year = YEAR.matcher(folded);
        Integer last = null;
        while (year.find()) {
            last = Integer.parseInt(year.group(1));
        }
        return last == null ? null : span(last, last, source);
    }

    private static Span span(int from, int to, String source) {
        if (from < 1900 || to < from || to > 2200) {
            return null;
        }
        return new Span(Traced.of(LocalDate.of(from, 1, 1), source), Traced.of(LocalDate.of(to, 12, 31), source));
    }
}
