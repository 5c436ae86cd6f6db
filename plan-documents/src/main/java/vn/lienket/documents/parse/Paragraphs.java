package vn.lienket.documents.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import vn.lienket.documents.read.Block;

/**
 * Joins the lines of a text or PDF back into paragraphs. A line continues the one before it unless
 * it starts an item (a part, a number, a letter, a field label, "Căn cứ", "Nơi nhận"), or the line
 * before ended a sentence (not a ";", after which a list of units goes on, unless it closed a
 * "Căn cứ" paragraph) or stopped well short of
 * the text's width and this one starts with a capital; a change of style (heading) breaks too. A dash starts an item too, except right after a full-width line that did
 * not end a sentence: there it is a hyphen the line broke at ("Du lịch xanh" / "- Phát triển…").
 * A line that is only a number is the page's and is left out.
 */
final class Paragraphs {

    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");
    /** A page's number, drawn at its top or foot: "2", "- 3 -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–]?\\s*\\d{1,3}\\s*[-–]?$");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");

    private final int width;
    private final boolean blankLinesMeanNothing;

    private Paragraphs(List<Block> blocks) {
        int[] lengths = blocks.stream().filter(b -> b.kind() == Block.Kind.LINE && !b.text().isBlank())
                .mapToInt(b -> b.text().strip().length()).sorted().toArray();
        this.width = lengths.length == 0 ? 80 : lengths[(int) Math.floor(lengths.length * 0.9) - (lengths.length >= 10 ? 1 : 0)];
        long lines = blocks.stream().filter(b -> b.kind() == Block.Kind.LINE).count();
        long blank = blocks.stream().filter(b -> b.kind() == Block.Kind.LINE && b.text().isBlank()).count();
        this.blankLinesMeanNothing = blank >= 0.7 * (lines - blank);
    }

    static List<Para> of(List<Block> blocks) {
        return new Paragraphs(blocks).join(blocks);
    }

    private List<Para> join(List<Block> blocks) {
        List<Para> paras = new ArrayList<>();
        StringBuilder text = null;
        Block first = null;
        String previousLine = null;
        for (Block block : blocks) {
            if (block.kind() != Block.Kind.LINE) {
                flush(paras, first, text);
                text = null;
                previousLine = null;
                paras.add(block.kind() == Block.Kind.TABLE_ROW ? row(block, block.cells())
                        : new Para(Values.space(block.text()), block.source(), block.heading(), List.of()));
                continue;
            }
            String line = Values.space(MARKDOWN_ESCAPE.matcher(block.text()).replaceAll("$1"));
            if (line.isEmpty()) {
                if (!blankLinesMeanNothing) {
                    flush(paras, first, text);
                    text = null;
                    previousLine = null;
                }
                continue;
            }
            if (PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            if (line.startsWith("|") && line.endsWith("|") && line.length() > 2) {
                flush(paras, first, text);
                text = null;
                previousLine = null;
                if (!MARKDOWN_RULE.matcher(line).matches()) {
                    paras.add(row(block, Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::strip).toList()));
                }
                continue;
            }
            if (text == null || startsNew(previousLine, first, block, line)
                    || previousLine.endsWith(";") && Starts.legalBasis(text.toString())) {
                flush(paras, first, text);
                text = new StringBuilder(line);
                first = block;
            } else {
                text.append(' ').append(line);
            }
            previousLine = line;
        }
        flush(paras, first, text);
        return paras;
    }

    private boolean startsNew(String previous, Block first, Block block, String line) {
        if (first.heading() != block.heading()) {
            return true;
        }
        if (Starts.item(line)) {
            return true;
        }
        boolean ended = endsSentence(previous);
        boolean full = previous.length() >= 0.7 * width;
        if (Codes.label(line).map(l -> l.kind() == Codes.Kind.DASH).orElse(false)) {
            return ended || previous.strip().endsWith(";") || !full;
        }
        boolean capital = Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0))
                || "“\"(".indexOf(line.charAt(0)) >= 0;
        return capital && (ended || !full);
    }

    static boolean endsSentence(String line) {
        String l = line.strip();
        return !l.isEmpty() && ".:!?".indexOf(l.charAt(l.length() - 1)) >= 0
                || l.endsWith(".”") || l.endsWith(".\"") || l.endsWith(".)");
    }

    private static void flush(List<Para> paras, Block first, StringBuilder text) {
        if (text != null && !text.isEmpty()) {
            paras.add(new Para(text.toString(), first.source(), first.heading(), List.of()));
        }
    }

    private static Para row(Block block, List<String> cells) {
        List<Para.Cell> traced = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            traced.add(new Para.Cell(cells.get(i), block.source() + ", cell " + (i + 1)));
        }
        return new Para(Values.space(String.join(" | ", cells)), block.source(), block.heading(), traced);
    }
}
