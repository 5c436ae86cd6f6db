/**
 * A plan rendered as .docx (Apache POI) or .pdf (PDFBox) in the layout of Decree 30/2020/NĐ-CP:
 * A4 with its margins, Liberation Serif (metric-compatible with Times New Roman, shipped here under
 * the SIL Open Font License and embedded in every PDF) so that every Vietnamese letter is drawn.
 */
package vn.lienket.documents.write;
