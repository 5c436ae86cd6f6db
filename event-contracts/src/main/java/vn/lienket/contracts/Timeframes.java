package vn.lienket.contracts;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timeframes of the plans: "Tháng 4/2024", "Quý IV/2024", "Quý I năm 2024",
 * "Từ quý II đến quý III/2024", "Từ tháng 3 đến tháng 5/2024", "Năm 2024", "Cả năm 2024",
 * "Dự kiến tháng 8/2021", "Trước ngày 10/11/2024", "Ngày 15/3/2024".
 */
public final class Timeframes {

    private static final String YEAR = "(?:/|\\s+năm\\s+)(\\d{4})";
    private static final String QUARTER = "([ivx]+|[1-4])";
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?:cả\\s+)?năm\\s+(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("tháng\\s+(\\d{1,2})" + YEAR);
    private static final Pattern MONTHS = Pattern.compile("từ\\s+tháng\\s+(\\d{1,2})\\s+đến\\s+tháng\\s+(\\d{1,2})" + YEAR);
    private static final Pattern QUARTER_OF = Pattern.compile("quý\\s+" + QUARTER + YEAR);
    private static final Pattern QUARTERS = Pattern.compile("từ\\s+quý\\s+" + QUARTER + "\\s+đến\\s+quý\\s+" + QUARTER + YEAR);
    private static final Pattern BEFORE = Pattern.compile("trước\\s+ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern DAY = Pattern.compile("ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TENTATIVE = Pattern.compile("^dự\\s+kiến\\s+");
    private static final Map<String, Integer> ROMAN = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4,
            "1", 1, "2", 2, "3", 3, "4", 4);

    private Timeframes() {
    }

    public static Timeframe parse(String text) {
        if (text == null || text.isBlank()) {
            return new Timeframe(text, null, null, false);
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").replaceAll("[.;]+$", "");
        Matcher tentative = TENTATIVE.matcher(normal);
        boolean isTentative = tentative.find();
        String rest = isTentative ? normal.substring(tentative.end()) : normal;
        try {
            LocalDate[] period = period(rest);
            return period == null ? new Timeframe(text, null, null, isTentative)
                    : new Timeframe(text, period[0], period[1], isTentative);
        } catch (DateTimeException | IllegalArgumentException e) {
            return new Timeframe(text, null, null, isTentative);
        }
    }

    private static LocalDate[] period(String t) {
        Matcher m;
        if ((m = QUARTERS.matcher(t)).matches()) {
            int year = year(m.group(3));
            return range(quarterStart(year, quarter(m.group(1))), quarterEnd(year, quarter(m.group(2))));
        }
        if ((m = MONTHS.matcher(t)).matches()) {
            int year = year(m.group(3));
            return range(YearMonth.of(year, month(m.group(1))).atDay(1),
                    YearMonth.of(year, month(m.group(2))).atEndOfMonth());
        }
        if ((m = QUARTER_OF.matcher(t)).matches()) {
            int year = year(m.group(2));
            int quarter = quarter(m.group(1));
            return range(quarterStart(year, quarter), quarterEnd(year, quarter));
        }
        if ((m = MONTH.matcher(t)).matches()) {
            YearMonth month = YearMonth.of(year(m.group(2)), month(m.group(1)));
            return range(month.atDay(1), month.atEndOfMonth());
        }
        if ((m = WHOLE_YEAR.matcher(t)).matches()) {
            int year = year(m.group(1));
            return range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = BEFORE.matcher(t)).matches()) {
            return new LocalDate[] {null, date(m)};
        }
        if ((m = DAY.matcher(t)).matches()) {
            LocalDate day = date(m);
            return range(day, day);
        }
        return null;
    }

    private static LocalDate[] range(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("ends before it starts");
        }
        return new LocalDate[] {from, to};
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String digits) {
        int month = Integer.parseInt(digits);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("no month " + month);
        }
        return month;
    }

    private static int quarter(String numeral) {
        Integer quarter = ROMAN.get(numeral);
        if (quarter == null) {
            throw new IllegalArgumentException("no quarter " + numeral);
        }
        return quarter;
    }

    private static LocalDate quarterStart(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    private static LocalDate quarterEnd(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }
}
