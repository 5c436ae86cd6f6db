package vn.lienket.documents.write;

import java.util.List;
import java.util.Locale;

/**
 * How a plan names who issues it and where: a people's committee ("Ủy ban nhân dân tỉnh Kiên
 * Giang") is its parent body over the province or city it governs, and signs in that place
 * ("Kiên Giang, ngày …"). One home for the wording, so that the writer's header, the services'
 * exports and the samples say it alike.
 */
public final class Issuers {

    /** The parent body of every people's committee, as a plan writes it. */
    public static final String COMMITTEE = "Ủy ban nhân dân";
    /** A vice-chair signing for the committee, lines split on "/": how a lead's plans are signed. */
    public static final String VICE_CHAIR_SIGNS = "TM. ỦY BAN NHÂN DÂN/KT. CHỦ TỊCH/PHÓ CHỦ TỊCH";
    /** The last of the recipients: the copy the issuer's own records keep. */
    public static final String ARCHIVE_COPY = "Lưu: VT";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** How issuers spell it: the two placements of the tone mark, and the abbreviation. */
    private static final List<String> COMMITTEE_SPELLINGS = List.of("ủy ban nhân dân", "uỷ ban nhân dân", "ubnd");
    /** Named after a person: the decree on documents keeps "Thành phố" in its place name. */
    private static final String NAMED_AFTER_A_PERSON = "hồ chí minh";

    private Issuers() {
    }

    /** The people's committee of an authority: "Tỉnh Kiên Giang": "Ủy ban nhân dân tỉnh Kiên Giang"; "Thành phố Hồ Chí Minh" keeps its capital. */
    public static String committeeOf(String authorityName) {
        String name = spaced(authorityName);
        return COMMITTEE + " " + (name.startsWith("Tỉnh ") ? "t" + name.substring(1) : name);
    }

    /** A recipient of a plan, an authority's committee as "Nơi nhận" lists it: "Tỉnh Kiên Giang": "UBND tỉnh Kiên Giang". */
    public static String recipientOf(String authorityName) {
        String name = spaced(authorityName);
        return "UBND " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * What a people's committee governs, as its name says after the parent body: "tỉnh Kiên Giang" of
     * "UBND  tỉnh Kiên Giang"; null for any other issuer, or a parent body alone.
     */
    public static String bodyOf(String issuer) {
        if (issuer == null) {
            return null;
        }
        String text = spaced(issuer);
        String folded = text.toLowerCase(VIETNAMESE);
        for (String parent : COMMITTEE_SPELLINGS) {
            if (folded.startsWith(parent + " ") && text.length() > parent.length() + 1) {
                return text.substring(parent.length() + 1);
            }
        }
        return null;
    }

    /**
     * Where an issuer signs, as the line "…, ngày … tháng … năm …" names it, from a committee's name
     * or an authority's: "Ủy ban nhân dân tỉnh Hà Giang (Trưởng nhóm liên kết năm 2021)" and "Tỉnh Hà
     * Giang" sign in "Hà Giang", "Thành phố Cần Thơ" in "Cần Thơ", "Ủy ban nhân dân Thành phố Hồ Chí
     * Minh" in "Thành phố Hồ Chí Minh"; any other issuer in its own name; null when there is none.
     */
    public static String placeOf(String issuerOrAuthority) {
        if (issuerOrAuthority == null || issuerOrAuthority.isBlank()) {
            return null;
        }
        String body = bodyOf(issuerOrAuthority);
        String place = body != null ? body : spaced(issuerOrAuthority);
        int aside = place.indexOf(" (");
        place = aside > 0 ? place.substring(0, aside) : place;
        String folded = place.toLowerCase(VIETNAMESE);
        if (folded.startsWith("tỉnh ")) {
            place = place.substring("tỉnh ".length());
        } else if (folded.startsWith("thành phố ") && !folded.substring("thành phố ".length()).equals(NAMED_AFTER_A_PERSON)) {
            place = place.substring("thành phố ".length());
        }
        return place.isBlank() ? null : place;
    }

    private static String spaced(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
