package vn.lienket.console.plans;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The progress roll-up as a stacked bar per activity, drawn server side as SVG: each bar is the
 * programme's members, split by what they last reported (done, in progress, not started, postponed,
 * cancelled) and those that have not reported on it. The same figures go in a table beside it.
 */
record ProgressChart(ChartScale scale, int members, List<Bar> bars, double height) {

    /** The statuses in the order a bar shows them, "not reported" last. */
    static final List<String> STATUSES = List.of("DONE", "IN_PROGRESS", "NOT_STARTED", "POSTPONED", "CANCELLED", "NONE");
    static final double LEFT = 64;
    static final double WIDTH = 640;
    static final double TOP = 28;
    static final double BAR = 22;
    static final double GAP = 12;
    /** A count is written on its segment only when it fits. */
    static final double MIN_LABEL_WIDTH = 18;

    record Bar(String code, String title, double y, List<Segment> segments) {

        public int count(String status) {
            return segments.stream().filter(s -> s.status().equals(status)).mapToInt(Segment::count).sum();
        }
    }

    record Segment(String status, int count, double x, double width) {

        public boolean labelled() {
            return width >= MIN_LABEL_WIDTH;
        }

        public double middle() {
            return x + width / 2;
        }
    }

    static ProgressChart of(JsonNode progress, int members) {
        List<JsonNode> activities = progress.path("activities").valueStream().toList();
        int widest = activities.stream().mapToInt(ProgressChart::reported).max().orElse(0);
        ChartScale scale = ChartScale.of(Math.max(members, widest), WIDTH - LEFT - 8);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            JsonNode a = activities.get(i);
            double y = TOP + i * (BAR + GAP);
            List<Segment> segments = new ArrayList<>();
            double at = 0;
            for (String status : STATUSES) {
                int count = "NONE".equals(status) ? Math.max(0, scale.max() - reported(a)) : a.path("byStatus").path(status).asInt(0);
                if (count > 0) {
                    double w = scale.x(at + count) - scale.x(at);
                    segments.add(new Segment(status, count, LEFT + scale.x(at), w));
                    at += count;
                }
            }
            bars.add(new Bar(a.path("code").asString(), a.path("title").asString(), y, segments));
        }
        return new ProgressChart(scale, members, bars, TOP + activities.size() * (BAR + GAP) + 8);
    }

    public double viewWidth() {
        return WIDTH;
    }

    /**
     * The chart in one sentence for a screen reader (its {@code <desc>}): how many activities, and
     * over all of them how many reports of each kind.
     */
    public String description() {
        StringBuilder text = new StringBuilder(bars.size() + " hoạt động, mỗi hoạt động " + scale.max() + " thành viên. Tổng cộng: ");
        List<String> parts = new ArrayList<>();
        for (String status : STATUSES) {
            int total = bars.stream().mapToInt(b -> b.count(status)).sum();
            parts.add(total + " " + WORDS.get(status));
        }
        return text.append(String.join(", ", parts)).append(". Chi tiết từng hoạt động trong bảng bên dưới.").toString();
    }

    private static final java.util.Map<String, String> WORDS = java.util.Map.of("DONE", "hoàn thành", "IN_PROGRESS",
            "đang thực hiện", "NOT_STARTED", "chưa bắt đầu", "POSTPONED", "tạm hoãn", "CANCELLED", "hủy bỏ",
            "NONE", "chưa báo cáo");

    /** Where the axis's tick {@code t} is drawn. */
    public double tickX(int t) {
        return LEFT + scale.x(t);
    }

    private static int reported(JsonNode activity) {
        int sum = 0;
        for (String s : STATUSES) {
            sum += activity.path("byStatus").path(s).asInt(0);
        }
        return sum;
    }
}
