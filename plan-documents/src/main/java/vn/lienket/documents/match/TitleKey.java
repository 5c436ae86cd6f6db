package vn.lienket.documents.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.lienket.text.VietnameseText;

/**
 * A title as the matcher compares it: the words of its {@link VietnameseText#searchKey}, with the
 * abbreviations officials use written out ("TP.HCM", "ĐBSCL", "UBND"), a "1" misread for an "l"
 * inside a word put back, and the verbs a member puts in front of the master's activity ("Phối hợp
 * tổ chức", "Tham gia", "Phối hợp với … tham gia") set aside.
 */
final class TitleKey {

    private static final List<String[]> ABBREVIATIONS = List.of(
            new String[] {"tp hcm", "thanh pho ho chi minh"},
            new String[] {"tphcm", "thanh pho ho chi minh"},
            new String[] {"tp ho chi minh", "thanh pho ho chi minh"},
            new String[] {"hcm", "ho chi minh"},
            new String[] {"dbscl", "dong bang song cuu long"},
            new String[] {"ubnd", "uy ban nhan dan"},
            new String[] {"vhttdl", "van hoa the thao va du lich"});

    private static final List<Pattern> LEADING_VERBS = List.of(
            Pattern.compile("^phoi hop voi (\\S+ ){0,16}?tham gia "),
            Pattern.compile("^phoi hop (to chuc|xay dung|trien khai thuc hien|trien khai|thuc hien|tham gia) "),
            Pattern.compile("^(to chuc|tham gia|phoi hop|trien khai thuc hien|trien khai|thuc hien) "));

    private TitleKey() {
    }

    static List<String> words(String title) {
        String key = " " + VietnameseText.searchKey(title == null ? "" : title) + " ";
        key = key.replaceAll("(?<=\\p{L})1(?=\\p{L})|(?<= )1(?=\\p{L})|(?<=\\p{L}{2})1(?= )", "l");
        for (String[] abbreviation : ABBREVIATIONS) {
            key = key.replace(" " + abbreviation[0] + " ", " " + abbreviation[1] + " ");
        }
        key = key.strip() + " ";
        for (int pass = 0; pass < 3; pass++) {
            String before = key;
            for (Pattern verb : LEADING_VERBS) {
                key = verb.matcher(key).replaceFirst("");
            }
            if (key.equals(before)) {
                break;
            }
        }
        List<String> words = new ArrayList<>();
        for (String w : key.strip().split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static Set<String> set(String title) {
        return new LinkedHashSet<>(words(title));
    }
}
