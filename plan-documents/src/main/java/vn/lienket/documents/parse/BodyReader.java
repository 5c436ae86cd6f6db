package vn.lienket.documents.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything after the title: the "Căn cứ" paragraphs and the preamble, then the parts ("I. MỤC
 * ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. KINH PHÍ", …) and the closing "Nơi nhận". The part
 * with field lines, numbered activities or a table of them holds the activities; "KINH PHÍ" is the
 * funding; the others are narrative and left alone. A document without parts is one part.
 */
final class BodyReader {

    /** What the body said. */
    record Body(List<Traced<String>> legalBases, List<Traced<String>> citedPlans, List<Para> preamble,
                List<ParsedPlan.Section> sections, List<ParsedPlan.Unrecognised> unrecognised,
                Traced<String> funding, List<Traced<String>> recipients) {
    }

    private static final Pattern PLAN_NUMBER = Pattern.compile("\\b\\d{1,5}(?:/\\d{4})?/[A-ZĐ]{1,8}(?:-[A-ZĐ0-9]+)*");
    private static final Pattern SIGNATURE = Pattern.compile("(^|\\s)(tm|kt|tl|q|t/m)\\.?\\s.*$|(^|\\s)(pho )?(chu tich|giam doc)\\b.*$");
    private static final Pattern ITEM_DASH = Pattern.compile("\\R|(?:^|(?<=[;.:]))\\s*[-–+•]\\s+");
    private static final Pattern CAN_CU = Pattern.compile("^\\S{3}\\s*\\S{2}\\s*:?\\s*");

    private final List<Traced<String>> legalBases = new ArrayList<>();
    private final List<Para> preamble = new ArrayList<>();
    private final List<ParsedPlan.Section> sections = new ArrayList<>();
    private final List<ParsedPlan.Unrecognised> unrecognised = new ArrayList<>();
    private final List<Traced<String>> recipients = new ArrayList<>();
    private Traced<String> funding;

    private BodyReader() {
    }

    static Body read(List<Para> paras) {
        BodyReader reader = new BodyReader();
        reader.readAll(paras);
        return new Body(reader.legalBases, cited(reader.legalBases), reader.preamble, reader.sections,
                reader.unrecognised, reader.funding, reader.recipients);
    }

    private void readAll(List<Para> paras) {
        int closing = paras.size();
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (!p.row() && (Starts.recipients(p.text()) || Starts.closing(p.text()))) {
                closing = i;
                break;
            }
            if (p.row() && p.cells().stream().anyMatch(c -> Starts.recipients(Values.space(c.text())))) {
                closing = i;
                break;
            }
        }
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < closing; i++) {
            if (isPart(paras.get(i))) {
                parts.add(i);
            }
        }
        int bodyStart = parts.isEmpty() ? firstItem(paras, closing) : parts.get(0);
        for (Para p : paras.subList(0, bodyStart)) {
            if (!p.row() && Starts.legalBasis(p.text())) {
                legalBases.add(Traced.of(legalBasis(p.text()), p.source()));
            } else {
                preamble.add(p);
            }
        }
        if (parts.isEmpty()) {
            part(null, paras.subList(bodyStart, closing));
        } else {
            for (int k = 0; k < parts.size(); k++) {
                int from = parts.get(k);
                int to = k + 1 < parts.size() ? parts.get(k + 1) : closing;
                part(paras.get(from), paras.subList(from + 1, to));
            }
        }
        closing(paras.subList(closing, paras.size()));
    }

    private static boolean isPart(Para p) {
        return !p.row() && Codes.label(p.text()).filter(l -> l.kind() == Codes.Kind.PART).isPresent();
    }

    private static int firstItem(List<Para> paras, int closing) {
        for (int i = 0; i < closing; i++) {
            Para p = paras.get(i);
            if (p.row() ? TableLayout.header(p).isPresent() : Codes.label(p.text())
                    .filter(l -> l.kind() == Codes.Kind.NUMBER || l.kind() == Codes.Kind.MULTI || l.kind() == Codes.Kind.LETTER)
                    .isPresent()) {
                return i;
            }
        }
        return closing;
    }

    private void part(Para heading, List<Para> paras) {
        if (heading != null && Labels.key(heading.text()).contains("kinhphi")) {
            List<String> texts = paras.stream().filter(p -> !p.row()).map(Para::text).toList();
            if (!texts.isEmpty()) {
                funding = Traced.of(Values.space(String.join("\n", texts)).isEmpty() ? null : String.join("\n", texts),
                        paras.get(0).source());
            }
            return;
        }
        if (heading == null || holdsActivities(paras)) {
            sections.addAll(new SectionReader(unrecognised).read(paras));
        }
    }

    /** A part holds activities when it has a field line, a two-level number ("2.3.") or a table of activities. */
    private static boolean holdsActivities(List<Para> paras) {
        for (Para p : paras) {
            if (p.row()) {
                if (TableLayout.header(p).isPresent()) {
                    return true;
                }
                continue;
            }
            Optional<Codes.Label> label = Codes.label(p.text());
            if (label.isPresent() && label.get().kind() == Codes.Kind.MULTI) {
                return true;
            }
            String text = label.filter(l -> l.kind() == Codes.Kind.DASH).map(Codes.Label::rest).orElse(p.text());
            if (label.map(l -> l.kind() == Codes.Kind.DASH).orElse(true) && Starts.field(text).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void closing(List<Para> paras) {
        boolean listing = false;
        for (Para p : paras) {
            if (p.row()) {
                p.cells().stream().filter(c -> Starts.recipients(Values.space(c.text()))).findFirst().ifPresent(cell -> {
                    // a cell's paragraphs may come joined by spaces: "Nơi nhận: - Bộ VHTTDL; - Lưu: VT."
                    for (String line : ITEM_DASH.split(afterColon(cell.text()))) {
                        recipient(Codes.label(Values.space(line)).map(Codes.Label::rest).orElse(line), cell.source());
                    }
                });
                listing = false;
                continue;
            }
            if (Starts.recipients(p.text())) {
                listing = true;
                recipient(afterColon(p.text()), p.source());
                continue;
            }
            Optional<Codes.Label> dash = Codes.label(p.text()).filter(l -> l.kind() == Codes.Kind.DASH);
            if (listing && dash.isPresent()) {
                recipient(dash.get().rest(), p.source());
            } else {
                listing = false;
            }
        }
    }

    private void recipient(String text, String source) {
        String t = Values.space(text);
        Matcher signature = SIGNATURE.matcher(Fuzzy.fold(t));
        if (signature.find() && t.substring(signature.start()).strip().equals(t.substring(signature.start()).strip().toUpperCase())) {
            t = t.substring(0, signature.start());
        }
        String v = Values.clean(t);
        if (v != null) {
            recipients.add(Traced.of(v, source));
        }
    }

    private static String afterColon(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? "" : text.substring(colon + 1);
    }

    /** "Căn cứ Thỏa thuận …;" is "Thỏa thuận …". */
    private static String legalBasis(String text) {
        Matcher m = CAN_CU.matcher(Fuzzy.fold(text));
        return Values.clean(m.find() ? text.substring(m.end()) : text);
    }

    /** The plan numbers the legal bases cite: "Kế hoạch số 350/KH-UBND" gives "350/KH-UBND". */
    private static List<Traced<String>> cited(List<Traced<String>> bases) {
        Set<String> seen = new LinkedHashSet<>();
        List<Traced<String>> cited = new ArrayList<>();
        for (Traced<String> basis : bases) {
            Matcher m = PLAN_NUMBER.matcher(basis.value());
            while (m.find()) {
                String before = Fuzzy.fold(basis.value().substring(Math.max(0, m.start() - 16), m.start()));
                if ((m.group().contains("/KH") || before.contains("hoach so")) && seen.add(m.group())) {
                    cited.add(Traced.of(m.group(), basis.source()));
                }
            }
        }
        return cited;
    }
}
