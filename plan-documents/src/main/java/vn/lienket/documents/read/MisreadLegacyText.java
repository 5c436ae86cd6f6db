package vn.lienket.documents.read;

import java.util.List;
import java.util.stream.Collectors;

import vn.lienket.documents.read.LegacyEncodings.Legacy;

/**
 * A .docx or PDF typed in a TCVN3 or VNI font (.VnTime, VNI-Times): Word and PDF store its text as
 * the windows-1252 characters the font draws as Vietnamese ("KÕ ho¹ch"), so it arrives as valid
 * Unicode that means nothing. The document as a whole decides the encoding; each block is then
 * converted unless converting it reads worse (a paragraph typed in a Unicode font among them).
 */
final class MisreadLegacyText {

    private MisreadLegacyText() {
    }

    static SourceDocument repair(SourceDocument document, String fileName) {
        String encodable = document.blocks().stream().map(Block::text)
                .filter(text -> LegacyEncodings.asWindows1252(text) != null)
                .collect(Collectors.joining("\n"));
        return TextDecoding.misreadLegacy(encodable, fileName)
                .map(candidate -> convert(document, candidate.legacy(), candidate.encoding()))
                .orElse(document);
    }

    private static SourceDocument convert(SourceDocument document, Legacy legacy, String encoding) {
        List<Block> blocks = document.blocks().stream().map(block -> {
            if (block.kind() == Block.Kind.TABLE_ROW) {
                List<String> cells = block.cells().stream().map(cell -> convert(cell, legacy)).toList();
                return new Block(block.kind(), block.source(), String.join(" | ", cells), cells, block.heading(),
                        block.level());
            }
            return new Block(block.kind(), block.source(), convert(block.text(), legacy), block.cells(),
                    block.heading(), block.level());
        }).toList();
        return new SourceDocument(document.format(), encoding, document.pages(), blocks);
    }

    private static String convert(String text, Legacy legacy) {
        byte[] bytes = LegacyEncodings.asWindows1252(text);
        if (bytes == null) {
            return text;
        }
        String converted = Texts.clean(legacy.decode(bytes));
        return VietnameseWords.score(text).betterThan(VietnameseWords.score(converted)) ? text : converted;
    }
}
