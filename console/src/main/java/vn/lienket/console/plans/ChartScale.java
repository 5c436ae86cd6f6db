package vn.lienket.console.plans;

import java.util.ArrayList;
import java.util.List;

/**
 * The horizontal scale of a bar chart of counts (members): 0 to {@code max} over {@code width}
 * pixels, with ticks at a round step (1, 2 or 5 times a power of ten, at most five intervals) and
 * one at {@code max} itself, where every bar ends when all members answered.
 */
record ChartScale(int max, int step, double width) {

    static ChartScale of(int max, double width) {
        int top = Math.max(1, max);
        return new ChartScale(top, step(top), width);
    }

    static int step(int max) {
        double raw = max / 5.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (int m : new int[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return (int) Math.max(1, Math.round(m * magnitude));
            }
        }
        return Math.max(1, (int) Math.round(10 * magnitude));
    }

    /** Where {@code value} falls, in pixels from the start of the axis; values beyond the scale are kept on it. */
    public double x(double value) {
        return Math.max(0, Math.min(value, max)) / max * width;
    }

    public List<Integer> ticks() {
        List<Integer> ticks = new ArrayList<>();
        for (int t = 0; t < max; t += step) {
            ticks.add(t);
        }
        // the end of the axis, unless a round tick sits too close to it to be read
        if (!ticks.isEmpty() && max - ticks.get(ticks.size() - 1) < step / 2.0) {
            ticks.remove(ticks.size() - 1);
        }
        ticks.add(max);
        return ticks;
    }
}
