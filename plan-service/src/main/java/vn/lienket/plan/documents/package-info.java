/**
 * Plans as documents: a lead's plan document (.docx, .pdf, .txt, .md) read into an import preview,
 * every field traced to where it came from, and applied as a new master plan with its first draft;
 * a published version, or what changed between two, rendered as the document an official signs.
 */
package vn.lienket.plan.documents;
