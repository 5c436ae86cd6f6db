/**
 * An uploaded file read into {@link vn.lienket.documents.read.SourceDocument}: its type sniffed from
 * its bytes, its text NFC-normalised (legacy TCVN3 and VNI text recognised and converted), Word's
 * list numbers written out as a reader sees them, within {@link vn.lienket.documents.read.DocumentLimits}.
 */
package vn.lienket.documents.read;
