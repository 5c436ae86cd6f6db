package vn.lienket.console.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an Excel workbook of one sheet: a bold header row that stays in view, text cells (a
 * date stays dd/MM/yyyy as people read it, a code such as 2.10 is not turned into a number), and
 * columns as wide as their longest value. No AWT font measuring, so it runs headless.
 */
final class Xlsx {

    private static final int MAX_WIDTH_CHARS = 60;

    private Xlsx() {
    }

    static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int[] widths = new int[headers.size()];
            row(sheet, 0, headers, bold, widths);
            for (int i = 0; i < rows.size(); i++) {
                row(sheet, i + 1, rows.get(i), null, widths);
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, List<String> values, CellStyle style, int[] widths) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c) == null ? "" : values.get(c);
            var cell = row.createCell(c);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
            if (c < widths.length) {
                widths[c] = Math.max(widths[c], value.length());
            }
        }
    }
}
