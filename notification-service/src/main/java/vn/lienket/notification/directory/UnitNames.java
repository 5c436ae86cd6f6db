package vn.lienket.notification.directory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.lienket.text.VietnameseText;


/**
 * How a unit named in a plan is found in its authority's directory. Names compare in NFC, case and
 * spacing aside, diacritics kept ("Sở Tài chính" is not "Sở Tài chánh"). A plan inside a province
 * often leaves out the province: "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch" then finds the
 * one unit whose name begins with it. Two such units, or none, find nothing.
 */
final class UnitNames {

    private UnitNames() {
    }

    static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static Optional<Unit> resolve(List<Unit> units, String name) {
        String key = normalize(name);
        List<Unit> exact = units.stream().filter(u -> normalize(u.name()).equals(key)).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0));
        }
        List<Unit> shortened = units.stream().filter(u -> normalize(u.name()).startsWith(key + " ")).toList();
        return shortened.size() == 1 ? Optional.of(shortened.get(0)) : Optional.empty();
    }

    /** A key for a unit's id from its name: "Báo Kiên Giang" → "bao-kien-giang". */
    static String slug(String name) {
        String plain = VietnameseText.searchKey(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return plain.length() > 60 ? plain.substring(0, 60).replaceAll("-+$", "") : plain;
    }
}
