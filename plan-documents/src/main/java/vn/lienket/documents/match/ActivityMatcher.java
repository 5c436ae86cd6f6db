package vn.lienket.documents.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.lienket.documents.parse.Fuzzy;
import vn.lienket.documents.parse.ParsedPlan;

/**
 * Matches each activity of a document to at most one master activity, and each master activity to
 * at most one document activity: first where code and title agree, then the best title left above
 * a threshold. Returns one {@link Match} per document activity, in the document's order.
 * <p>
 * Titles are compared as sets of {@link TitleKey} words, each word weighted by how rare it is among
 * the master's titles, so that "du lịch" and "Đồng bằng sông Cửu Long", in nearly every title, count
 * for little (a word no master title uses weighs as one used once). A document's word the master
 * does not use meets a master's word one edit away (OCR). The pairs are taken greedily, best first; a pair whose codes agree is given a bonus, so
 * that it wins unless another title fits clearly better (a plan whose sections were renumbered).
 */
public final class ActivityMatcher {

    /** Codes agree and the titles do not contradict them. */
    static final double CODE_SIMILARITY = 0.3;
    /** Titles alone. */
    static final double TITLE_SIMILARITY = 0.5;
    private static final double CODE_BONUS = 0.3;

    private ActivityMatcher() {
    }

    private record Pair(int document, int master, double similarity, boolean sameCode) {
        double score() {
            return similarity + (sameCode ? CODE_BONUS : 0);
        }
    }

    public static List<Match> match(List<ParsedPlan.Activity> document, List<MasterActivity> master) {
        List<Set<String>> mas = master.stream().map(m -> TitleKey.set(m.title())).toList();
        Map<String, String> misread = new HashMap<>();
        Set<String> vocabulary = new HashSet<>();
        mas.forEach(vocabulary::addAll);
        List<Set<String>> doc = document.stream()
                .map(a -> canonical(TitleKey.set(a.title() == null ? null : a.title().value()), vocabulary, misread)).toList();
        Map<String, Double> weights = weights(mas);
        double unseen = weights.values().stream().mapToDouble(w -> w).max().orElse(1);
        List<Pair> pairs = new ArrayList<>();
        double[] best = new double[document.size()];
        for (int i = 0; i < document.size(); i++) {
            String code = code(document.get(i));
            for (int j = 0; j < master.size(); j++) {
                double s = similarity(doc.get(i), mas.get(j), weights, unseen);
                best[i] = Math.max(best[i], s);
                boolean sameCode = code != null && code.equals(master.get(j).code());
                if (sameCode ? s >= CODE_SIMILARITY : s >= TITLE_SIMILARITY) {
                    pairs.add(new Pair(i, j, s, sameCode));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        Match[] matches = new Match[document.size()];
        boolean[] taken = new boolean[master.size()];
        for (Pair p : pairs) {
            if (matches[p.document()] == null && !taken[p.master()]) {
                taken[p.master()] = true;
                matches[p.document()] = new Match(code(document.get(p.document())), master.get(p.master()).code(),
                        p.sameCode() ? Match.By.CODE : Match.By.TITLE, round(p.similarity()));
            }
        }
        List<Match> result = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            result.add(matches[i] != null ? matches[i] : new Match(code(document.get(i)), null, Match.By.NONE, round(best[i])));
        }
        return result;
    }

    private static String code(ParsedPlan.Activity activity) {
        return activity.code() == null ? null : activity.code().value();
    }

    /** A word's weight: log(1 + n / titles it is in), the master's n titles counted; a word none has weighs as one in a single title. */
    private static Map<String, Double> weights(List<Set<String>> master) {
        Map<String, Integer> in = new HashMap<>();
        master.forEach(words -> words.forEach(w -> in.merge(w, 1, Integer::sum)));
        Map<String, Double> weights = new HashMap<>();
        int n = Math.max(1, master.size());
        in.forEach((w, count) -> weights.put(w, Math.log(1 + (double) n / count)));
        return weights;
    }

    /**
     * The document's words, each one the master does not use replaced by a master's word a single
     * edit away, if it has five letters or more ("hoach" for an OCR's "hoaeh"): looked up once per word.
     */
    private static Set<String> canonical(Set<String> words, Set<String> vocabulary, Map<String, String> misread) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (vocabulary.contains(w) || w.length() < 5) {
                out.add(w);
                continue;
            }
            out.add(misread.computeIfAbsent(w, word -> vocabulary.stream()
                    .filter(x -> x.length() >= 5 && Math.abs(x.length() - word.length()) <= 1 && Fuzzy.distance(word, x) <= 1)
                    .sorted().findFirst().orElse(word)));
        }
        return out;
    }

    /** Weighted Dice of the two word sets. */
    static double similarity(Set<String> a, Set<String> b, Map<String, Double> weights, double unseen) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double total = 0;
        double shared = 0;
        for (String w : a) {
            double weight = weights.getOrDefault(w, unseen);
            total += weight;
            shared += b.contains(w) ? 2 * weight : 0;
        }
        for (String w : b) {
            total += weights.getOrDefault(w, unseen);
        }
        return Math.min(1, shared / total);
    }

    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
