package vn.lienket.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssuersTest {

    @Test
    void an_authoritys_issuer_is_its_peoples_committee() {
        assertThat(Issuers.committeeOf("Tỉnh Kiên Giang")).isEqualTo("Ủy ban nhân dân tỉnh Kiên Giang");
        assertThat(Issuers.committeeOf("Thành phố Hồ Chí Minh")).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        assertThat(Issuers.recipientOf("Tỉnh Kiên Giang")).isEqualTo("UBND tỉnh Kiên Giang");
        assertThat(Issuers.recipientOf("Thành phố Cần Thơ")).isEqualTo("UBND thành phố Cần Thơ");
    }

    @Test
    void a_committee_governs_what_its_name_says_after_the_parent_body_however_spelt() {
        assertThat(Issuers.bodyOf("Ủy ban nhân dân Thành phố Hồ Chí Minh")).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(Issuers.bodyOf("Uỷ ban nhân dân tỉnh Kiên Giang")).isEqualTo("tỉnh Kiên Giang");
        assertThat(Issuers.bodyOf("UBND  tỉnh Đồng Tháp")).isEqualTo("tỉnh Đồng Tháp");
        assertThat(Issuers.bodyOf("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU")).isEqualTo("TỈNH BẠC LIÊU");
        assertThat(Issuers.bodyOf("Ủy ban nhân dân")).as("a parent body alone").isNull();
        assertThat(Issuers.bodyOf("Sở Du lịch Thành phố Hồ Chí Minh")).isNull();
        assertThat(Issuers.bodyOf(null)).isNull();
    }

    @Test
    void an_issuer_signs_in_its_province_or_city_without_tinh_and_thanh_pho_except_one_named_after_a_person() {
        assertThat(Issuers.placeOf("Ủy ban nhân dân Thành phố Hồ Chí Minh")).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(Issuers.placeOf("Thành phố Hồ Chí Minh")).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(Issuers.placeOf("Ủy ban nhân dân tỉnh Hà Giang (Trưởng nhóm liên kết năm 2021)")).isEqualTo("Hà Giang");
        assertThat(Issuers.placeOf("UBND tỉnh Kiên Giang")).isEqualTo("Kiên Giang");
        assertThat(Issuers.placeOf("Tỉnh Kiên Giang")).isEqualTo("Kiên Giang");
        assertThat(Issuers.placeOf("Thành phố Cần Thơ")).isEqualTo("Cần Thơ");
        assertThat(Issuers.placeOf("Ủy ban nhân dân thành phố Cần Thơ")).isEqualTo("Cần Thơ");
        assertThat(Issuers.placeOf("Sở Du lịch")).as("any other issuer, its own name").isEqualTo("Sở Du lịch");
        assertThat(Issuers.placeOf(" ")).isNull();
        assertThat(Issuers.placeOf(null)).isNull();
    }
}
