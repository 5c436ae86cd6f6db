package vn.lienket.documents.parse;

import vn.lienket.documents.read.SourceDocument;

/**
 * Finds the plan in a document. Labels are recognised without regard to case, diacritics or the
 * misread letters of OCR ("Thoi gian thuc hien", "Don vi chu tri", "Poc lap"); values are kept as
 * written. Never throws for a document that is merely unusual: what it cannot place goes to
 * {@link ParsedPlan#unrecognised()}.
 */
public final class PlanParser {

    private PlanParser() {
    }

    public static ParsedPlan parse(SourceDocument document) {
        throw new UnsupportedOperationException("not built yet");
    }
}
