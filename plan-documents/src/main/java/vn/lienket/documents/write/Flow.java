package vn.lienket.documents.write;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs between the header and the closing blocks, in order, each of a {@link Kind} that
 * fixes its look. Both renderers walk this one list, so the .docx and the .pdf say the same thing in
 * the same order, and a reader gets back one paragraph per heading, activity and field.
 */
record Flow(List<Paragraph> paragraphs) {

    /** How a paragraph looks; the renderers map each to alignment, indent, size and weight. */
    enum Kind {
        /** "KẾ HOẠCH": centred, bold capitals. */
        KIND(true, false, false),
        /** The title under it: centred, bold, with a short rule below. */
        TITLE(true, false, false),
        /** "Căn cứ …", the preamble, the funding: justified, first line indented. */
        BODY(false, false, true),
        /** "I. NỘI DUNG THỰC HIỆN", "2. Title": bold, first line indented. */
        HEADING(false, true, true),
        /** "2.3. Title": bold, first line indented. */
        ACTIVITY(false, true, true),
        /** "- Thời gian thực hiện: Quý III/2024", an annex's "- …": justified, first line indented. */
        ITEM(false, false, true);

        final boolean centred;
        final boolean bold;
        final boolean indented;

        Kind(boolean centred, boolean bold, boolean indented) {
            this.centred = centred;
            this.bold = bold;
            this.indented = indented;
        }
    }

    record Paragraph(Kind kind, String text) {
    }

    static Flow of(PlanDocument document) {
        List<Paragraph> out = new ArrayList<>();
        out.add(new Paragraph(Kind.KIND, Layout.kind(document.kind())));
        if (Layout.present(document.title())) {
            out.add(new Paragraph(Kind.TITLE, Layout.clean(document.title())));
        }
        List<String> bases = document.legalBases().stream().filter(Layout::present).map(Layout::clean).toList();
        for (int i = 0; i < bases.size(); i++) {
            out.add(new Paragraph(Kind.BODY, legalBasis(bases.get(i), i == bases.size() - 1)));
        }
        document.preamble().stream().filter(Layout::present)
                .forEach(p -> out.add(new Paragraph(Kind.BODY, Layout.clean(p))));
        if (!document.sections().isEmpty()) {
            out.add(new Paragraph(Kind.HEADING, Layout.BODY_HEADING));
            document.sections().forEach(section -> section(section, out));
        }
        document.paragraphs().stream().filter(Layout::present)
                .forEach(p -> out.add(new Paragraph(Kind.ITEM, item(Layout.clean(p)))));
        if (Layout.present(document.funding())) {
            out.add(new Paragraph(Kind.HEADING, Layout.FUNDING_HEADING));
            out.add(new Paragraph(Kind.BODY, Layout.clean(document.funding())));
        }
        return new Flow(List.copyOf(out));
    }

    private static void section(PlanDocument.Section section, List<Paragraph> out) {
        out.add(new Paragraph(Kind.HEADING, label(section.code()) + Layout.clean(section.title())));
        for (PlanDocument.Activity activity : section.activities()) {
            out.add(new Paragraph(Kind.ACTIVITY, label(activity.code()) + Layout.clean(activity.title())));
            field(out, "Chủ đề", activity.theme());
            field(out, "Thời gian thực hiện", activity.timeframe());
            field(out, "Địa điểm", activity.location());
            field(out, "Đơn vị chủ trì", activity.leadUnit());
            field(out, "Đơn vị phối hợp", activity.coordinatingUnits().isEmpty() ? null
                    : String.join("; ", activity.coordinatingUnits().stream()
                    .filter(Layout::present).map(Layout::clean).toList()));
            field(out, "Ghi chú", activity.notes());
        }
    }

    private static void field(List<Paragraph> out, String label, String value) {
        if (Layout.present(value)) {
            out.add(new Paragraph(Kind.ITEM, "- " + label + ": " + Layout.clean(value)));
        }
    }

    /** "2" and "2.3" are written "2. " and "2.3. ": as text, never as Word numbering. */
    private static String label(String code) {
        if (!Layout.present(code)) {
            return "";
        }
        String c = Layout.clean(code);
        return c.endsWith(".") ? c + " " : c + ". ";
    }

    private static String legalBasis(String basis, boolean last) {
        String text = basis.regionMatches(true, 0, "Căn cứ", 0, 6) ? basis : "Căn cứ " + basis;
        text = text.replaceFirst("[;.,]$", "");
        return text + (last ? "." : ";");
    }

    private static String item(String text) {
        return text.startsWith("- ") ? text : "- " + text.replaceFirst("^[-–•]\\s*", "");
    }
}
