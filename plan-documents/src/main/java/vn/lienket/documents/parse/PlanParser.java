package vn.lienket.documents.parse;

import java.util.List;

import vn.lienket.documents.read.Block;
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
        List<Block> blocks = document.blocks();
        HeaderReader.Top top = HeaderReader.read(blocks);
        BodyReader.Body body = BodyReader.read(Paragraphs.of(blocks.subList(top.next(), blocks.size())));
        Period.Span period = Period.of(top.title(), body.preamble());
        ParsedPlan.Header header = new ParsedPlan.Header(top.number(), top.issuer(), top.place(), top.issuedOn(),
                top.title(), body.legalBases(), body.citedPlans(), period.from(), period.to(), body.funding(),
                body.recipients());
        return new ParsedPlan(header, body.sections(), body.unrecognised());
    }
}
