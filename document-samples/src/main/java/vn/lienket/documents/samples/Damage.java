package vn.lienket.documents.samples;

import java.text.Normalizer;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienket.documents.write.PlanDocument;
import vn.lienket.text.VietnameseText;

/**
 * What scanning and retyping do to Vietnamese text, deterministically: each word is damaged the
 * same way wherever it stands, so a plan's values can be damaged exactly as the lines that carry them.
 */
public final class Damage {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private Damage() {
    }

    /** "Thời gian thực hiện" as "Thoi gian thuc hien". */
    public static String withoutDiacritics(String text) {
        return text == null ? null : VietnameseText.withoutDiacritics(text);
    }

    /**
     * OCR-like damage: about a third of the words lose their marks, "Đ" at a word's start is read as
     * "P" in some ("Độc" as "Poc"), "ơ" as "o" and "ư" as "u" in others, some words keep only their
     * tone marks' bases (đ to d); words with digits are left alone.
     */
    public static String ocr(String text) {
        if (text == null) {
            return null;
        }
        Matcher words = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(out, Matcher.quoteReplacement(ocrWord(words.group())));
        }
        words.appendTail(out);
        return out.toString();
    }

    private static String ocrWord(String word) {
        int hash = Math.floorMod(word.hashCode() * 31 + 7, 12);
        return switch (hash) {
            case 0, 1, 2, 3 -> VietnameseText.withoutDiacritics(word);
            case 4 -> word.startsWith("Đ") ? "P" + VietnameseText.withoutDiacritics(word.substring(1)) : word;
            case 5 -> word.replace('ơ', 'o').replace('ư', 'u');
            case 6 -> word.replace('đ', 'd');
            default -> word;
        };
    }

    /** The plan with every text it holds passed through {@code damage}, as a document damaged that way says it. */
    public static PlanDocument apply(PlanDocument plan, UnaryOperator<String> damage) {
        return new PlanDocument(damage.apply(plan.issuer()), plan.number(), damage.apply(plan.place()), plan.issuedOn(),
                damage.apply(plan.kind()), damage.apply(plan.title()), all(plan.legalBases(), damage),
                all(plan.preamble(), damage),
                plan.sections().stream().map(s -> new PlanDocument.Section(s.code(), damage.apply(s.title()),
                        s.activities().stream().map(a -> new PlanDocument.Activity(a.code(), damage.apply(a.title()),
                                damage.apply(a.theme()), damage.apply(a.timeframe()), damage.apply(a.location()),
                                damage.apply(a.leadUnit()), all(a.coordinatingUnits(), damage), damage.apply(a.notes())))
                                .toList()))
                        .toList(),
                all(plan.paragraphs(), damage), damage.apply(plan.funding()), all(plan.recipients(), damage),
                plan.signerTitle(), plan.signerName());
    }

    private static List<String> all(List<String> texts, UnaryOperator<String> damage) {
        return texts.stream().map(damage).toList();
    }
}
