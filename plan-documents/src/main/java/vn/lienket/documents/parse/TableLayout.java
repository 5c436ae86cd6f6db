package vn.lienket.documents.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of activities: its columns found by their header labels, in whatever order ("STT",
 * "Nội dung" / "Nội dung công việc" / "Tên hoạt động", "Thời gian (thực hiện)", "Địa điểm",
 * "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"); a row with a number or a roman numeral and only
 * its content is a group (a section), a numbered row with more is an activity.
 */
final class TableLayout {

    enum Column { CODE, TITLE, THEME, TIMEFRAME, LOCATION, LEAD, COORDINATING, NOTES }

    /** A row read: a group (section) or an activity with the cells of its fields. */
    record Row(boolean group, String number, Para.Cell title, Map<Column, Para.Cell> fields, String source) {
    }

    private final Map<Integer, Column> columns;

    private TableLayout(Map<Integer, Column> columns) {
        this.columns = columns;
    }

    /** The layout a header row announces, if it is one: a content column and at least one other. */
    static Optional<TableLayout> header(Para row) {
        Map<Integer, Column> columns = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            Optional<Column> c = column(row.cells().get(i).text());
            if (c.isPresent() && !columns.containsValue(c.get())) {
                columns.put(i, c.get());
            }
        }
        return columns.containsValue(Column.TITLE) && columns.size() >= 2 ? Optional.of(new TableLayout(columns)) : Optional.empty();
    }

    private static Optional<Column> column(String header) {
        String key = Labels.key(header);
        if (key.isEmpty() || key.length() > 40) {
            return Optional.empty();
        }
        if (key.equals("stt") || key.equals("tt") || key.equals("sott") || key.startsWith("sothutu")) {
            return Optional.of(Column.CODE);
        }
        if (key.contains("ghichu")) {
            return Optional.of(Column.NOTES);
        }
        if (key.contains("chude")) {
            return Optional.of(Column.THEME);
        }
        if (key.contains("phoihop") && !key.contains("chutri")) {
            return Optional.of(Column.COORDINATING);
        }
        if (key.contains("chutri") || key.contains("thuchien") && (key.contains("donvi") || key.contains("coquan"))) {
            return Optional.of(Column.LEAD);
        }
        if (key.contains("thoigian") || key.contains("tiendo") || key.contains("thoihan")) {
            return Optional.of(Column.TIMEFRAME);
        }
        if (key.contains("diadiem") || key.contains("diaban")) {
            return Optional.of(Column.LOCATION);
        }
        if (key.contains("noidung") || key.contains("hoatdong") || key.contains("nhiemvu") || key.startsWith("ten")) {
            return Optional.of(Column.TITLE);
        }
        return Labels.at(header).map(found -> switch (found.field()) {
            case THEME -> Column.THEME;
            case TIMEFRAME -> Column.TIMEFRAME;
            case LOCATION -> Column.LOCATION;
            case LEAD -> Column.LEAD;
            case COORDINATING -> Column.COORDINATING;
            case NOTES -> Column.TITLE;
        });
    }

    /** What a row under this header is; empty for a blank row or the header repeated on a new page. */
    Optional<Row> row(Para row) {
        if (header(row).isPresent()) {
            return Optional.empty();
        }
        Para.Cell code = cell(row, Column.CODE);
        Para.Cell title = cell(row, Column.TITLE);
        Map<Column, Para.Cell> fields = new EnumMap<>(Column.class);
        columns.forEach((i, c) -> {
            if (c != Column.CODE && c != Column.TITLE && i < row.cells().size() && !row.cells().get(i).text().isBlank()) {
                fields.put(c, row.cells().get(i));
            }
        });
        List<Para.Cell> filled = new ArrayList<>(row.cells().stream().filter(c -> !c.text().isBlank()).toList());
        if (filled.isEmpty()) {
            return Optional.empty();
        }
        String number = code == null ? "" : Values.space(code.text()).replaceAll("\\.$", "");
        if (filled.size() == 1 && (title == null || title.text().isBlank() || filled.get(0) != title)) {
            // a group row merged across the table: "I. LIÊN KẾT…" in one cell
            Para.Cell only = filled.get(0);
            Optional<Codes.Label> label = Codes.label(Values.space(only.text()));
            if (label.isPresent() && label.get().kind() != Codes.Kind.DASH) {
                return Optional.of(new Row(true, label.get().value(), new Para.Cell(label.get().rest(), only.source()), Map.of(), row.source()));
            }
            return Optional.of(new Row(true, "", only, Map.of(), row.source()));
        }
        if (title == null || title.text().isBlank()) {
            return Optional.empty();
        }
        boolean group = fields.isEmpty() && (number.isEmpty() || Codes.isRoman(number) || number.matches("\\d{1,2}"));
        return Optional.of(new Row(group, number, title, fields, row.source()));
    }

    private Para.Cell cell(Para row, Column column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column && e.getKey() < row.cells().size())
                .map(e -> row.cells().get(e.getKey())).findFirst().orElse(null);
    }
}
