package vn.lienket.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Nearest-rank percentiles of a sample, in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99, double max) {

    static Percentiles of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", count);
        json.put("p50_ms", round(p50));
        json.put("p95_ms", round(p95));
        json.put("p99_ms", round(p99));
        json.put("max_ms", round(max));
        return json;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @Override
    public String toString() {
        return String.format("n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", count, p50, p95, p99, max);
    }
}
