package vn.lienket.documents.read;

import java.util.List;

/**
 * The same lines in Unicode and as TCVN3 and VNI files hold them (each byte shown as the
 * windows-1252 character it is), written by hand from the published tables (vietunicode's charset
 * tables, as the vietnamese-conversion package has them), not from the reader's own conversion.
 */
final class LegacySamples {

    static final List<String> UNICODE_LINES = List.of(
            "Kế hoạch thực hiện năm 2024",
            "Đơn vị chủ trì: Sở Du lịch",
            "Đơn vị phối hợp: Tỉnh Kiên Giang",
            "Thời gian: Quý II",
            "Địa điểm: Rạch Giá",
            "Người dân hưởng ứng");

    /** ế Õ, ạ ¹, ự ù, ệ Ö, ă ¨, Đ §, ơ ¬, ị Þ, ủ ñ, ì ×, ố è, ợ î, ỉ Ø, ê ª, ờ ê, ý ý, ể Ó, á ¸,
     * ư 0xAD (a soft hyphen in windows-1252), â ©, ở ë, ứ ø. */
    static final List<String> TCVN3_LINES = List.of(
            "KÕ ho¹ch thùc hiÖn n¨m 2024",
            "§¬n vÞ chñ tr×: Së Du lÞch",
            "§¬n vÞ phèi hîp: TØnh Kiªn Giang",
            "Thêi gian: Quý II",
            "§Þa ®iÓm: R¹ch Gi¸",
            "Ng\u00ADêi d©n h\u00ADëng øng");

    /** ế eá, ạ aï, ự öï, ệ eä, ă aê, Đ Ñ, ơ ô, ị ò, ủ uû, ì ì, ố oá, ợ ôï, ỉ æ, ê eâ, ờ ôø, ý yù, ể eå, á aù, đ ñ,
     * ư ö, â aâ, ở ôû, ứ öù. */
    static final List<String> VNI_LINES = List.of(
            "Keá hoaïch thöïc hieän naêm 2024",
            "Ñôn vò chuû trì: Sôû Du lòch",
            "Ñôn vò phoái hôïp: Tænh Kieân Giang",
            "Thôøi gian: Quyù II",
            "Ñòa ñieåm: Raïch Giaù",
            "Ngöôøi daân höôûng öùng");

    private LegacySamples() {
    }
}
