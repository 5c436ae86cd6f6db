package vn.lienket.console.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTest {

    @Test
    void theBoardReadsBackCellForCellWithItsVietnameseHeadersAsText() throws Exception {
        byte[] xlsx = Xlsx.write("Tuân thủ 350/KH-UBND", List.of("Tỉnh, thành phố", "Trạng thái", "Hạn điều chỉnh"),
                List.of(List.of("Tỉnh Kiên Giang", "Đã điều chỉnh", "15/03/2024"), List.of("Tỉnh Cà Mau", "Quá hạn", "")));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).as("a slash is not allowed in a sheet's name").doesNotContain("/");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tỉnh, thành phố");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Đã điều chỉnh");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).as("a date stays as people read it").isEqualTo("15/03/2024");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Tỉnh Cà Mau");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getPaneInformation().isFreezePane()).as("the header stays in view").isTrue();
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(2) - 1);
        }
    }
}
