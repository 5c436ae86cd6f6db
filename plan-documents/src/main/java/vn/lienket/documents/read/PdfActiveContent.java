package vn.lienket.documents.read;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.lienket.documents.DocumentRefused;
import vn.lienket.documents.DocumentRefused.Reason;

/**
 * Looks through every object reachable from the PDF's trailer rather than the few places a viewer
 * usually runs scripts from (document and page open actions, annotations, form fields, the names
 * tree): a script or an embedded file is refused wherever it hides.
 */
final class PdfActiveContent {

    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private PdfActiveContent() {
    }

    static void refuseIfActive(PDDocument document, String fileName, Deadline deadline) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(document.getDocument().getTrailer());
        int visited = 0;
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            if (next instanceof COSObject indirect) {
                next = indirect.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (++visited % 1000 == 0) {
                deadline.check();
            }
            if (next instanceof COSDictionary dictionary) {
                inspect(dictionary, fileName);
                dictionary.getValues().forEach(pending::push);
            } else if (next instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
    }

    private static void inspect(COSDictionary dictionary, String fileName) {
        COSName action = dictionary.getCOSName(COSName.S);
        if (JAVASCRIPT.equals(action) || dictionary.containsKey(JS) || dictionary.containsKey(JAVASCRIPT)) {
            throw new DocumentRefused(Reason.ACTIVE_CONTENT, "The PDF " + fileName + " contains JavaScript, which "
                    + "an imported plan never needs; print it to a new PDF without scripts and upload that.");
        }
        if (LAUNCH.equals(action)) {
            throw new DocumentRefused(Reason.ACTIVE_CONTENT, "The PDF " + fileName + " contains an action that "
                    + "launches a program; print it to a new PDF and upload that.");
        }
        if (dictionary.containsKey(EMBEDDED_FILES) || EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || dictionary.containsKey(COSName.EF)) {
            throw new DocumentRefused(Reason.ACTIVE_CONTENT, "The PDF " + fileName + " has files embedded in it; "
                    + "upload the plan without attachments.");
        }
    }
}
