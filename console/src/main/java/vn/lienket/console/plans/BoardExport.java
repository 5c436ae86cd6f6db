package vn.lienket.console.plans;

import java.util.ArrayList;
import java.util.List;

import vn.lienket.console.web.Formats;

/** The board as a table to download: one row a member (a predecessor below its successor), Vietnamese headers. */
final class BoardExport {

    static final List<String> HEADERS = List.of("Mã", "Tỉnh, thành phố", "Trạng thái", "Phiên bản phải điều chỉnh",
            "Đang theo phiên bản", "Hạn điều chỉnh", "Ngày được thông báo", "Ngày điều chỉnh", "Đúng hạn", "Ghi chú");

    private BoardExport() {
    }

    static List<List<String>> rows(Board board, Formats formats) {
        List<List<String>> rows = new ArrayList<>();
        for (Board.Member m : board.members()) {
            rows.add(row(m, formats, ""));
            m.predecessors().forEach(p -> rows.add(row(p, formats, "trước đây, nay là " + m.name())));
        }
        board.predecessorsOfLead().forEach(p -> rows.add(row(p, formats, "trước đây, nay thuộc đơn vị chủ trì")));
        return rows;
    }

    private static List<String> row(Board.Member m, Formats formats, String prefix) {
        List<String> notes = new ArrayList<>();
        if (!prefix.isEmpty()) {
            notes.add(prefix + (m.succeededOn() == null ? "" : " từ " + formats.date(m.succeededOn())));
        }
        if (m.late() && !m.overdue()) {
            notes.add("trễ hạn");
        }
        if (m.toldAfterDueDate()) {
            notes.add("được thông báo sau hạn");
        }
        if (m.consolidating()) {
            notes.add("đang hợp nhất sau sáp nhập");
        }
        return List.of(m.id(), m.name(), formats.status(m.status()), String.valueOf(m.requiredVersion()),
                m.basedOnVersion() == 0 ? "" : String.valueOf(m.basedOnVersion()), formats.date(m.dueDate()),
                formats.dateTime(m.notifiedAt()), formats.dateTime(m.revisedAt()),
                m.onTime() == null ? "" : m.onTime() ? "Có" : "Không", String.join("; ", notes));
    }

    /** The file's name: the board of the plan, as people save it ({@code tuan-thu-350-kh-ubnd-2024.csv}). */
    static String fileName(String planId, String extension) {
        return "tuan-thu-" + planId.replaceAll("[^A-Za-z0-9-]", "-") + "." + extension;
    }
}
