package vn.lienket.documents.parse;

import java.util.List;

/** A paragraph as the parser reads it: a .docx paragraph, a text's wrapped lines joined, or a table row with its cells. */
record Para(String text, String source, boolean heading, List<Cell> cells) {

    Para {
        cells = List.copyOf(cells);
    }

    record Cell(String text, String source) {
    }

    boolean row() {
        return !cells.isEmpty();
    }
}
