package vn.lienket.documents.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text file, one block per non-blank line, numbered as an editor numbers them (blank lines
 * count). Markdown, as Word's text exports and converters write it, when it has {@code #} headings
 * or {@code **bold**} (or a pipe table): the marks are removed, a {@code #} line or a line all in
 * bold is a heading, and a pipe table's rows are table rows with their cells.
 */
final class PlainText {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern ALL_BOLD = Pattern.compile("^\\s*\\*\\*([^*].*?)\\*\\*[\\s:.]*$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:\\-]+$");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");

    private PlainText() {
    }

    static SourceDocument read(byte[] content, DocumentLimits limits, String fileName, Deadline deadline) {
        TextDecoding.Decoded decoded = TextDecoding.decode(content, fileName);
        String[] lines = decoded.text().split("\r\n|\r|\n", -1);
        boolean markdown = isMarkdown(lines);
        List<Block> blocks = new ArrayList<>();
        long characters = 0;
        for (int i = 0; i < lines.length; i++) {
            if (i % 1000 == 0) {
                deadline.check();
            }
            Block block = markdown ? markdownLine(i + 1, lines[i]) : Block.line(i + 1, Texts.clean(lines[i]));
            if (!block.text().isEmpty()) {
                blocks.add(block);
                characters += block.text().length();
            }
        }
        int pages = Texts.estimatePages(characters);
        Texts.checkPages(pages, limits, fileName, "about ");
        return new SourceDocument(markdown ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT, decoded.encoding(), pages,
                blocks);
    }

    private static boolean isMarkdown(String[] lines) {
        for (String line : lines) {
            if (HEADING.matcher(line).matches() || BOLD.matcher(line).find()
                    || TABLE_ROW.matcher(line).matches() && TABLE_RULE.matcher(line).matches() && line.contains("-")) {
                return true;
            }
        }
        return false;
    }

    private static Block markdownLine(int number, String line) {
        if (TABLE_ROW.matcher(line).matches()) {
            if (TABLE_RULE.matcher(line).matches()) {
                return Block.line(number, "");
            }
            String inner = line.strip();
            List<String> cells = new ArrayList<>();
            for (String cell : inner.substring(1, inner.length() - 1).split("(?<!\\\\)\\|", -1)) {
                cells.add(inline(cell.replace("<br>", " ")));
            }
            return new Block(Block.Kind.TABLE_ROW, "line " + number, String.join(" | ", cells), cells, false, 0);
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            return new Block(Block.Kind.LINE, "line " + number, inline(heading.group(2)), List.of(), true,
                    heading.group(1).length());
        }
        boolean allBold = ALL_BOLD.matcher(line).matches() && !line.replaceAll("\\*\\*", "").isBlank();
        return new Block(Block.Kind.LINE, "line " + number, inline(line), List.of(), allBold, 0);
    }

    private static String inline(String text) {
        String unbolded = BOLD.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        return Texts.clean(ESCAPED.matcher(unbolded).replaceAll("$1"));
    }
}
