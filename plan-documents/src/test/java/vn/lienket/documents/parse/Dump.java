package vn.lienket.documents.parse;

/** Prints what the parser found, for a person looking at a failing test. */
final class Dump {

    private Dump() {
    }

    static String of(ParsedPlan plan) {
        StringBuilder s = new StringBuilder();
        s.append(plan.header()).append('\n');
        for (ParsedPlan.Section section : plan.sections()) {
            s.append("S ").append(v(section.code())).append(" | ").append(v(section.title())).append('\n');
            for (ParsedPlan.Activity a : section.activities()) {
                s.append("  A ").append(v(a.code())).append(" [").append(a.label()).append("] ").append(v(a.title())).append('\n')
                        .append("     theme=").append(v(a.theme())).append('\n')
                        .append("     time=").append(v(a.timeframe())).append('\n')
                        .append("     where=").append(v(a.location())).append('\n')
                        .append("     lead=").append(v(a.leadUnit())).append('\n')
                        .append("     coord=").append(a.coordinatingUnits().stream().map(Traced::value).toList()).append('\n')
                        .append("     notes=").append(v(a.notes())).append('\n');
            }
        }
        plan.unrecognised().forEach(u -> s.append("? ").append(u.source()).append(": ").append(u.text()).append('\n'));
        return s.toString();
    }

    private static Object v(Traced<?> t) {
        return t == null ? null : t.value() + " @" + t.source();
    }
}
