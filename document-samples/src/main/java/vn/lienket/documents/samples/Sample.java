package vn.lienket.documents.samples;

import vn.lienket.documents.write.PlanDocument;

/** A plan written in a layout: the file's name and bytes, and the plan as it is written in them (with any damage the layout does). */
public record Sample(Layout layout, String fileName, byte[] content, PlanDocument written) {
}
