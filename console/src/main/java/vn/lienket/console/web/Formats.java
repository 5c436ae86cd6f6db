package vn.lienket.console.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

/**
 * Dates as people here write them (dd/MM/yyyy, times in Asia/Ho_Chi_Minh) and the platform's
 * status words in Vietnamese. Templates call it as {@code ${@formats.date(x)}}.
 */
@Component("formats")
public class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    /** An ISO date ({@code 2024-03-15}) or instant as dd/MM/yyyy; empty for none. */
    public String date(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.isBlank() || "null".equals(text)) {
            return "";
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text).format(DATE) : DATE.format(Instant.parse(text).atZone(ZONE));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** An instant as dd/MM/yyyy HH:mm in Ho Chi Minh City's time. */
    public String dateTime(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.isBlank() || "null".equals(text)) {
            return "";
        }
        try {
            return DATE_TIME.format(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return date(text);
        }
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A status of the platform (compliance, derived plan, progress, delivery) in the words people use. */
    public String status(String status) {
        return status == null ? "" : switch (status) {
            case "PENDING" -> "Chưa được báo";
            case "NOTIFIED" -> "Đã thông báo";
            case "REVISED" -> "Đã điều chỉnh";
            case "OVERDUE" -> "Quá hạn";
            case "UP_TO_DATE" -> "Đã cập nhật";
            case "REVISION_REQUIRED" -> "Cần điều chỉnh";
            case "CONSOLIDATING" -> "Đang hợp nhất";
            case "NOT_STARTED" -> "Chưa bắt đầu";
            case "IN_PROGRESS" -> "Đang thực hiện";
            case "DONE" -> "Hoàn thành";
            case "POSTPONED" -> "Tạm hoãn";
            case "CANCELLED" -> "Hủy bỏ";
            case "QUEUED" -> "Đang chờ gửi";
            case "SENDING" -> "Đang gửi";
            case "SENT" -> "Đã gửi";
            case "DELIVERED" -> "Đã nhận";
            case "RECEIPT_UNKNOWN" -> "Chưa rõ đã nhận";
            case "RETRYING" -> "Đang thử lại";
            case "FAILED" -> "Gửi lỗi";
            case "FAILED_OVER" -> "Đã gửi qua kênh khác";
            case "OPEN" -> "Đang thực hiện";
            case "CLOSED" -> "Đã đóng";
            case "ACTIVE" -> "Đang hoạt động";
            case "ARCHIVED" -> "Đã lưu trữ";
            case "PARKED" -> "Đang giữ lại";
            case "REDRIVEN" -> "Đã gửi lại";
            case "ADDED" -> "Thêm mới";
            case "REMOVED" -> "Bỏ";
            case "CHANGED" -> "Thay đổi";
            case "ADOPT" -> "Áp dụng";
            case "ADAPT" -> "Điều chỉnh cho địa phương";
            case "DROP" -> "Bỏ";
            default -> status;
        };
    }
}
