package vn.lienket.documents.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienket.documents.parse.Documents;
import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.PlanParser;
import vn.lienket.documents.parse.Traced;

/** A member's own numbering, its own words and its own activities against the master plan 350. */
class ActivityMatcherTest {

    private final List<MasterActivity> master = KienGiangMatchTest.plan350();

    @Test
    void aPlanWhoseSectionsAreRenumberedIsMatchedByTitle() {
        ParsedPlan plan = PlanParser.parse(Documents.lines("""
                II. NỘI DUNG THỰC HIỆN
                1. Liên kết hợp tác quảng bá, xúc tiến du lịch
                a) Phối hợp tổ chức không gian chung trưng bày, triển lãm và giới thiệu điểm đến, sản phẩm du lịch
                tại Ngày hội Du lịch TP.HCM lần thứ 20 năm 2024
                - Thời gian thực hiện: Quý II/2024.
                b) Phối hợp triển khai thực hiện quảng bá điểm đến du lịch của 13 tỉnh, thành phố ĐBSCL trên nền tảng
                ứng dụng bản đồ thông minh 3D/360 của TP.HCM
                - Thời gian thực hiện: Năm 2024.
                2. Liên kết hợp tác trong công tác quản lý nhà nước về du lịch
                a) Phối hợp tổ chức Hội nghị tổng kết năm 2024 và triển khai kế hoạch thực hiện Chương trình liên kết
                hợp tác phát triển du lịch TP.HCM và 13 tỉnh, thành phố ĐBSCL năm 2025
                - Thời gian thực hiện: Quý IV/2024.
                """));
        List<Match> matches = ActivityMatcher.match(KienGiangMatchTest.activities(plan), master);
        assertThat(matches).extracting(Match::documentCode, Match::masterCode, Match::by).containsExactly(
                tuple("1.1", "3.1", Match.By.TITLE),
                tuple("1.2", "3.2", Match.By.TITLE),
                tuple("2.1", "1.2", Match.By.TITLE));
        assertThat(matches).allSatisfy(m -> assertThat(m.similarity()).isGreaterThanOrEqualTo(0.5));
    }

    @Test
    void aLocalActivityOfTheMemberMatchesNothingAndIsProposedAsLocal() {
        List<Match> matches = ActivityMatcher.match(activities(
                activity("1.1", "Phối hợp tổ chức Diễn đàn liên kết hợp tác phát triển du lịch vùng TP. HCM và 13 tỉnh,"
                        + " thành phố ĐBSCL lần 3 năm 2024"),
                activity("1.3", "Tổ chức Lễ hội Nghinh Ông Nam Hải tại huyện Phú Quốc"),
                activity("1.2", "Hoi nghi tong ket nam 2024 va trien khai ke hoach thuc hien Chuong trinh lien ket hop tac"
                        + " phat trien du lich TPHCM va 13 tinh, thanh pho DBSCL nam 2025")), master);
        assertThat(matches).extracting(Match::documentCode, Match::masterCode, Match::by).containsExactly(
                tuple("1.1", "1.1", Match.By.CODE),
                tuple("1.3", null, Match.By.NONE),
                tuple("1.2", "1.2", Match.By.CODE));
        assertThat(matches.get(1).similarity()).isLessThan(0.5);
    }

    @Test
    void aCodeThatAgreesIsNotTakenWhenTheTitlesContradictIt() {
        List<Match> matches = ActivityMatcher.match(activities(
                activity("2.1", "Tổ chức Lễ hội Nghinh Ông Nam Hải tại huyện Phú Quốc")), master);
        assertThat(matches.get(0).by()).isEqualTo(Match.By.NONE);
        assertThat(matches.get(0).masterCode()).isNull();
    }

    @Test
    void eachMasterActivityIsTakenOnceTheBetterTitleWinning() {
        List<Match> matches = ActivityMatcher.match(activities(
                activity("9.1", "Chương trình bình chọn điểm đến du lịch hấp dẫn TP.HCM và 13 tỉnh, thành phố ĐBSCL"),
                activity("9.2", "Phối hợp tổ chức Chương trình bình chọn điểm đến du lịch hấp dẫn Thành phố Hồ Chí Minh"
                        + " và 13 tỉnh, thành phố Đồng bằng sông Cửu Long")), master);
        assertThat(matches).extracting(Match::masterCode).containsOnlyOnce("2.2");
        assertThat(matches).extracting(Match::by).contains(Match.By.TITLE);
    }

    @Test
    void abbreviationsAndLeadingVerbsAreSetAside() {
        assertThat(TitleKey.words("Phối hợp với TP.HCM và các tỉnh tham gia Hội chợ ĐBSCL"))
                .containsExactly("hoi", "cho", "dong", "bang", "song", "cuu", "long");
        assertThat(TitleKey.words("Phối hợp tổ chức Diễn đàn TP. HCM")).containsExactly("dien", "dan", "thanh", "pho", "ho", "chi", "minh");
        assertThat(TitleKey.words("Tham gia 1ễ hội UBND TPHCM")).containsExactly("le", "hoi", "uy", "ban", "nhan", "dan",
                "thanh", "pho", "ho", "chi", "minh");
    }

    private static ParsedPlan.Activity activity(String code, String title) {
        return new ParsedPlan.Activity(Traced.of(code, "line 1"), code,
                Traced.of(title, "line 1"), null, null, null, null, List.of(), null);
    }

    private static List<ParsedPlan.Activity> activities(ParsedPlan.Activity... activities) {
        return List.of(activities);
    }
}
