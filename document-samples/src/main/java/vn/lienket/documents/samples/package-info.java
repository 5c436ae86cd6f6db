/**
 * The documents an import is judged on. {@link vn.lienket.documents.samples.SamplePlans} gives the
 * plans (plan 350 with its units, and generated plans of any length); {@link
 * vn.lienket.documents.samples.Layouts} writes a plan in each {@link
 * vn.lienket.documents.samples.Layout} departments use, as the file a person would upload, with the
 * plan as written in it; {@link vn.lienket.documents.samples.Accuracy} counts the fields an import
 * read right.
 */
package vn.lienket.documents.samples;
