/**
 * A plan found in a document's blocks: its header, its sections and their activities, every field
 * {@link vn.lienket.documents.parse.Traced} to the paragraph, line or cell it came from, and what was
 * not understood listed for review. No layout is special-cased by file: numbered paragraphs with
 * "- Chủ đề:" lines, activities lettered a), b) under numbered sectors, tables, Word numbering,
 * Markdown, and OCR text whose diacritics are missing or misread all go through the same rules.
 */
package vn.lienket.documents.parse;
