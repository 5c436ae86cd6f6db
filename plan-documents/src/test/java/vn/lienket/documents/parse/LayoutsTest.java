package vn.lienket.documents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienket.documents.read.Block;
import vn.lienket.documents.read.DocumentFormat;
import vn.lienket.documents.read.SourceDocument;

/** The layouts plans come in, each built from the blocks the reader gives for it; none is special-cased. */
class LayoutsTest {

    private static final String HEADER = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH SÓC TRĂNG Độc lập - Tự do - Hạnh phúc
            Số: 41/KH-UBND Sóc Trăng, ngày 05 tháng 3 năm 2024
            KẾ HOẠCH
            Thực hiện Chương trình liên kết phát triển du lịch năm 2024
            Căn cứ Kế hoạch số 350/KH-UBND ngày 19/01/2024 của Ủy ban nhân dân Thành phố Hồ Chí Minh;
            """;

    @Test
    void activitiesAsNumberedParagraphsWithDashedFieldLines() {
        ParsedPlan plan = PlanParser.parse(Documents.lines(HEADER + """
                I. NỘI DUNG THỰC HIỆN
                1. Liên kết quảng bá, xúc tiến du lịch
                1.1. Tham gia Ngày hội Du lịch Thành phố Hồ Chí Minh
                - Chủ đề: Sắc màu miền Tây
                - Thời gian thực hiện: Quý II/2024
                - Địa điểm: Thành phố Hồ Chí Minh
                - Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch
                - Đơn vị phối hợp: Hiệp hội Du lịch tỉnh; các doanh nghiệp lữ hành
                1.2 Xây dựng video quảng bá điểm đến
                - Thời gian thực hiện: Năm 2024
                - Đơn vị chủ trì: Trung tâm Thông tin Xúc tiến Du lịch
                2. Liên kết phát triển sản phẩm
                2.1. Khảo sát tuyến du lịch đường sông
                - Thời gian thực hiện: Quý III/2024
                - Địa điểm: Các huyện ven sông Hậu
                - Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch
                - Ghi chú: kết hợp famtrip cho doanh nghiệp
                2.4.angiang. Lễ hội Ok Om Bok
                - Thời gian thực hiện: Tháng 11/2024
                II. KINH PHÍ
                Ngân sách tỉnh năm 2024.
                """));
        assertThat(plan.header().number().value()).isEqualTo("41/KH-UBND");
        assertThat(plan.header().issuedOn().value()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(plan.header().issuer().value()).isEqualTo("Ủy ban nhân dân tỉnh Sóc Trăng");
        assertThat(plan.header().place().value()).isEqualTo("Sóc Trăng");
        assertThat(plan.header().funding().value()).isEqualTo("Ngân sách tỉnh năm 2024.");
        assertThat(codes(plan)).containsExactly("1.1", "1.2", "2.1", "2.4.angiang");
        ParsedPlan.Activity day = plan.sections().get(0).activities().get(0);
        assertThat(day.title().value()).isEqualTo("Tham gia Ngày hội Du lịch Thành phố Hồ Chí Minh");
        assertThat(day.theme().value()).isEqualTo("Sắc màu miền Tây");
        assertThat(day.timeframe().value()).isEqualTo("Quý II/2024");
        assertThat(day.location().value()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(day.leadUnit().value()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(day.coordinatingUnits()).extracting(Traced::value).containsExactly("Hiệp hội Du lịch tỉnh", "các doanh nghiệp lữ hành");
        assertThat(plan.sections().get(0).activities().get(1).label()).isEqualTo("1.2");
        assertThat(plan.sections().get(1).activities().get(0).notes().value()).isEqualTo("kết hợp famtrip cho doanh nghiệp");
        assertThat(plan.unrecognised()).isEmpty();
    }

    @Test
    void activitiesLetteredUnderNumberedSectorsWithCoQuanChuTri() {
        ParsedPlan plan = PlanParser.parse(Documents.paragraphs(
                "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 77/KH-UBND", "Bạc Liêu, ngày 12 tháng 02 năm 2024", "KẾ HOẠCH",
                "Triển khai liên kết phát triển du lịch giai đoạn 2024 - 2025",
                "II. NHIỆM VỤ CỤ THỂ",
                "1. Lĩnh vực quản lý nhà nước",
                "a) Tổ chức Hội nghị liên kết du lịch các tỉnh bán đảo Cà Mau",
                "Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.",
                "Cơ quan phối hợp: Sở Tài chính, Sở Kế hoạch và Đầu tư, Ban quản lý Khu du lịch Nhà Mát.",
                "Thời gian: Quý II/2024.",
                "b) Ký kết chương trình hợp tác với Thành phố Hồ Chí Minh",
                "Cơ quan chủ trì thực hiện: Văn phòng Ủy ban nhân dân tỉnh.",
                "Cơ quan phối hợp Sở Ngoại vụ",
                "2. Lĩnh vực xúc tiến",
                "a) Tham gia Hội chợ Du lịch quốc tế",
                "Cơ quan chủ trì Trung tâm Xúc tiến Đầu tư",
                "Thời gian: Tháng 9/2024",
                "c) Quảng bá trên nền tảng số",
                "Thời gian: Năm 2024",
                "III. TỔ CHỨC THỰC HIỆN",
                "Các sở, ngành căn cứ Kế hoạch triển khai thực hiện."));
        assertThat(plan.header().periodFrom().value()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(plan.header().periodTo().value()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(plan.header().number().value()).isEqualTo("77/KH-UBND");
        assertThat(plan.header().issuer().value()).isEqualTo("Ủy ban nhân dân tỉnh Bạc Liêu");
        assertThat(plan.header().issuedOn().value()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(codes(plan)).containsExactly("1.1", "1.2", "2.1", "2.3");
        ParsedPlan.Activity conference = plan.sections().get(0).activities().get(0);
        assertThat(conference.label()).isEqualTo("a)");
        assertThat(conference.leadUnit()).isEqualTo(Traced.of("Sở Văn hóa, Thể thao và Du lịch", "paragraph 11"));
        assertThat(conference.coordinatingUnits()).extracting(Traced::value)
                .containsExactly("Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Ban quản lý Khu du lịch Nhà Mát");
        assertThat(conference.timeframe().value()).isEqualTo("Quý II/2024");
        ParsedPlan.Activity signing = plan.sections().get(0).activities().get(1);
        assertThat(signing.leadUnit().value()).isEqualTo("Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(signing.coordinatingUnits()).extracting(Traced::value).containsExactly("Sở Ngoại vụ");
        assertThat(plan.sections().get(1).activities().get(0).leadUnit().value()).isEqualTo("Trung tâm Xúc tiến Đầu tư");
        assertThat(plan.unrecognised()).isEmpty();
    }

    @Test
    void aTableOfActivitiesIsReadByItsHeaderLabelsInWhateverOrderItsColumnsCome() {
        List<Block> blocks = new ArrayList<>(Documents.lines(HEADER).blocks());
        blocks.add(Documents.paragraph(90, "II. NỘI DUNG THỰC HIỆN"));
        blocks.add(Documents.row(1, 1, "Đơn vị phối hợp", "STT", "Thời gian thực hiện", "Nội dung công việc", "Ghi chú",
                "Đơn vị chủ trì", "Địa điểm"));
        blocks.add(Documents.row(1, 2, "", "I", "", "LIÊN KẾT QUẢNG BÁ", "", "", ""));
        blocks.add(Documents.row(1, 3, "Sở Công Thương; Hiệp hội Du lịch", "1", "Quý II/2024",
                "Tham gia Ngày hội Du lịch TP.HCM", "", "Sở Văn hóa, Thể thao và Du lịch", "TP.HCM"));
        blocks.add(Documents.row(1, 4, "", "2", "Năm 2024", "Sản xuất video quảng bá", "Nguồn xã hội hóa",
                "Trung tâm Xúc tiến", ""));
        blocks.add(Documents.row(1, 5, "", "II", "", "LIÊN KẾT SẢN PHẨM", "", "", ""));
        blocks.add(Documents.row(1, 6, "- Sở Nông nghiệp\n- Các huyện", "3", "Quý III/2024", "Khảo sát tuyến đường sông", "",
                "Sở Văn hóa, Thể thao và Du lịch", "Sông Hậu"));
        blocks.add(Documents.paragraph(99, "III. KINH PHÍ"));
        blocks.add(Documents.paragraph(100, "Ngân sách tỉnh."));
        blocks.add(Documents.row(2, 1, "Nơi nhận: - Bộ Văn hóa, Thể thao và Du lịch; - Cục Du lịch Quốc gia Việt Nam;"
                + " - UBND 13 tỉnh, thành phố Đồng bằng sông Cửu Long; - Lưu: VT.", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"));
        ParsedPlan plan = PlanParser.parse(new SourceDocument(DocumentFormat.DOCX, "UTF-8", 2, blocks));
        assertThat(plan.sections()).extracting(s -> s.code().value()).containsExactly("1", "2");
        assertThat(plan.sections()).extracting(s -> s.title().value()).containsExactly("LIÊN KẾT QUẢNG BÁ", "LIÊN KẾT SẢN PHẨM");
        assertThat(codes(plan)).containsExactly("1.1", "1.2", "2.1");
        ParsedPlan.Activity day = plan.sections().get(0).activities().get(0);
        assertThat(day.label()).isEqualTo("1");
        assertThat(day.title()).isEqualTo(Traced.of("Tham gia Ngày hội Du lịch TP.HCM", "table 1, row 3, cell 4"));
        assertThat(day.timeframe()).isEqualTo(Traced.of("Quý II/2024", "table 1, row 3, cell 3"));
        assertThat(day.location().value()).isEqualTo("TP.HCM");
        assertThat(day.leadUnit().value()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(day.coordinatingUnits()).extracting(Traced::value).containsExactly("Sở Công Thương", "Hiệp hội Du lịch");
        assertThat(plan.sections().get(0).activities().get(1).notes().value()).isEqualTo("Nguồn xã hội hóa");
        assertThat(plan.sections().get(0).activities().get(1).location()).isNull();
        assertThat(plan.sections().get(1).activities().get(0).coordinatingUnits()).extracting(Traced::value)
                .containsExactly("Sở Nông nghiệp", "Các huyện");
        assertThat(plan.header().funding().value()).isEqualTo("Ngân sách tỉnh.");
        assertThat(plan.header().recipients()).extracting(Traced::value).containsExactly("Bộ Văn hóa, Thể thao và Du lịch",
                "Cục Du lịch Quốc gia Việt Nam", "UBND 13 tỉnh, thành phố Đồng bằng sông Cửu Long", "Lưu: VT");
        assertThat(plan.header().recipients().get(0).source()).isEqualTo("table 2, row 1, cell 1");
        assertThat(plan.unrecognised()).isEmpty();
    }

    @Test
    void markdownConvertedFromWordHasHeadingsAndIsReadAsTheSameLayouts() {
        List<Block> blocks = new ArrayList<>();
        String[][] lines = {
                {"# KẾ HOẠCH", "h"}, {"Phát triển du lịch năm 2024", "h"}, {"", ""},
                {"Căn cứ Kế hoạch số 350/KH-UBND ngày 19/01/2024 của Ủy ban nhân dân Thành phố Hồ Chí Minh.", ""}, {"", ""},
                {"II. NỘI DUNG", "h"}, {"", ""}, {"1. Quảng bá", "h"}, {"", ""},
                {"a) Tổ chức famtrip cho doanh nghiệp lữ hành", "h"}, {"", ""},
                {"- Thời gian thực hiện: Quý II/2024", ""}, {"- Đơn vị chủ trì: Sở Du lịch", ""}, {"", ""},
                {"b) Phát hành cẩm nang du lịch", "h"}, {"", ""}, {"- Thời gian thực hiện: Năm 2024", ""}};
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i][0].replaceFirst("^# ", "");
            blocks.add(new Block(Block.Kind.LINE, "line " + (i + 1), text, List.of(), lines[i][1].equals("h"), 0));
        }
        ParsedPlan plan = PlanParser.parse(new SourceDocument(DocumentFormat.MARKDOWN, "UTF-8", 1, blocks));
        assertThat(plan.header().title().value()).isEqualTo("Phát triển du lịch năm 2024");
        assertThat(plan.header().citedPlans()).extracting(Traced::value).containsExactly("350/KH-UBND");
        assertThat(codes(plan)).containsExactly("1.1", "1.2");
        assertThat(plan.sections().get(0).activities().get(0).title().value()).isEqualTo("Tổ chức famtrip cho doanh nghiệp lữ hành");
        assertThat(plan.sections().get(0).activities().get(0).leadUnit().value()).isEqualTo("Sở Du lịch");
        assertThat(plan.sections().get(0).activities().get(1).timeframe().value()).isEqualTo("Năm 2024");
    }

    @Test
    void ocrTextWithoutMarksAndWithMisreadLettersStillHasItsLabels() {
        ParsedPlan plan = PlanParser.parse(Documents.lines("""
                UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM
                TINH HA GIANG Poc lap - Tu do - Hanh phuc
                So:  61/KH-UBND   Ha Giang,  ngay 01 thang 3 nam 2021
                KE HOACH
                Trien khai lien ket phat trien du lich nam 2021
                II. NOI DUNG THUC HIEN
                1. Quang ba du lich
                1.1. Hoi nghi tong ket
                - Thoi gian thuc hien: Quy II/2021
                - Dja diem : Ha  Giang
                - Don vi chu trl: So Van hoa, The thao va Du lich
                - Đon vi phoi họp: So Tai chinh; So Cong Thuong
                - Thòi gian: Quy III/2021
                """));
        assertThat(plan.header().number().value()).isEqualTo("61/KH-UBND");
        assertThat(plan.header().issuedOn().value()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(plan.header().issuer().value()).isEqualTo("Uy ban nhan dan tinh Ha Giang");
        assertThat(plan.header().place().value()).isEqualTo("Ha Giang");
        ParsedPlan.Activity a = plan.sections().get(0).activities().get(0);
        assertThat(a.timeframe().value()).isEqualTo("Quy II/2021");
        assertThat(a.location().value()).isEqualTo("Ha Giang");
        assertThat(a.leadUnit().value()).isEqualTo("So Van hoa, The thao va Du lich");
        assertThat(a.coordinatingUnits()).extracting(Traced::value).containsExactly("So Tai chinh", "So Cong Thuong");
        assertThat(a.notes().value()).isEqualTo("Thòi gian: Quy III/2021");
    }

    @Test
    void theHeaderAsATwoColumnTableGivesTheSameFields() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Documents.row(1, 1, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n________\nSố: 350/KH-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n________\n"
                        + "Thành phố Hồ Chí Minh, ngày 19 tháng 01 năm 2024"));
        blocks.add(Documents.paragraph(2, "KẾ HOẠCH"));
        blocks.add(Documents.paragraph(3, "Triển khai Chương trình liên kết năm 2024"));
        blocks.add(Documents.paragraph(4, "1. Quảng bá"));
        blocks.add(Documents.paragraph(5, "1.1. Ngày hội Du lịch"));
        blocks.add(Documents.paragraph(6, "- Thời gian thực hiện: Tháng 4/2024"));
        ParsedPlan plan = PlanParser.parse(new SourceDocument(DocumentFormat.DOCX, "UTF-8", 1, blocks));
        assertThat(plan.header().issuer()).isEqualTo(Traced.of("Ủy ban nhân dân Thành phố Hồ Chí Minh", "table 1, row 1, cell 1"));
        assertThat(plan.header().number()).isEqualTo(Traced.of("350/KH-UBND", "table 1, row 1, cell 1"));
        assertThat(plan.header().place()).isEqualTo(Traced.of("Thành phố Hồ Chí Minh", "table 1, row 1, cell 2"));
        assertThat(plan.header().issuedOn().value()).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(plan.header().title().value()).isEqualTo("Triển khai Chương trình liên kết năm 2024");
        assertThat(codes(plan)).containsExactly("1.1");
    }

    @Test
    void numbersWithAYearAndDatesOnTheirOwnLineAreReadToo() {
        ParsedPlan plan = PlanParser.parse(Documents.lines("""
                SỞ DU LỊCH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 02/2024/KH-SDL
                TP. Hồ Chí Minh, ngày 19 tháng 01 năm 2024
                KẾ HOẠCH
                Du lịch năm 2024
                """));
        assertThat(plan.header().number().value()).isEqualTo("02/2024/KH-SDL");
        assertThat(plan.header().place().value()).isEqualTo("TP. Hồ Chí Minh");
        assertThat(plan.header().issuedOn().value()).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(plan.header().issuer().value()).isEqualTo("Sở du lịch");
    }

    @Test
    void aStrayParagraphInTheBodyIsListedWithItsSourceButTheNarrativePartsAreNot() {
        ParsedPlan plan = PlanParser.parse(Documents.paragraphs(
                "KẾ HOẠCH", "Liên kết du lịch năm 2024",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Tăng cường liên kết.",
                "II. NỘI DUNG THỰC HIỆN",
                "1. Quảng bá",
                "Xem phụ lục đính kèm theo văn bản",
                "a) Tổ chức famtrip",
                "- Thời gian thực hiện: Quý II/2024",
                "- Kinh phí: xã hội hóa",
                "III. TỔ CHỨC THỰC HIỆN", "1. Sở Du lịch chủ trì theo dõi.", "Trên đây là Kế hoạch."));
        assertThat(plan.unrecognised()).containsExactly(new ParsedPlan.Unrecognised("paragraph 8", "Xem phụ lục đính kèm theo văn bản"));
        assertThat(plan.sections().get(0).activities().get(0).notes().value()).isEqualTo("- Kinh phí: xã hội hóa");
    }

    @Test
    void aDocumentWithoutPartsIsOnePartOfNumberedSections() {
        ParsedPlan plan = PlanParser.parse(Documents.lines("""
                Các hoạt động năm 2024 như sau:
                1. Quảng bá du lịch
                1.1. Famtrip cho doanh nghiệp
                - Thời gian thực hiện: Quý II/2024
                2. Đào tạo
                a) Lớp bồi dưỡng hướng dẫn viên
                - Thời gian thực hiện: Quý III/2024
                """));
        assertThat(codes(plan)).containsExactly("1.1", "2.1");
        assertThat(plan.header().title()).isNull();
        assertThat(plan.unrecognised()).isEmpty();
    }

    static List<String> codes(ParsedPlan plan) {
        return plan.sections().stream().flatMap(s -> s.activities().stream()).map(a -> a.code().value()).toList();
    }
}
