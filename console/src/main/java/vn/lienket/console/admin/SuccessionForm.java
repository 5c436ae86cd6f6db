package vn.lienket.console.admin;

import java.util.List;
import java.util.Map;

/**
 * The record-a-succession form: the successor that continues, the predecessors it absorbs, from
 * which day and by which act; the successor's new code, name and seat when they change. {@code q}
 * narrows the pickers.
 */
record SuccessionForm(String successorId, List<String> predecessors, String effectiveOn, String legalBasis,
                      String code, String name, String seat, String q) {

    SuccessionForm {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    static SuccessionForm empty() {
        return new SuccessionForm(null, List.of(), null, null, null, null, null, null);
    }

    /** {@code POST /api/authorities/{successorId}/successions}: {predecessors[], effectiveOn, legalBasis, code?, name?, seat?}. */
    Map<String, Object> body() {
        return Json.object()
                .put("predecessors", predecessors)
                .put("effectiveOn", effectiveOn)
                .put("legalBasis", legalBasis)
                .put("code", code)
                .put("name", name)
                .put("seat", seat)
                .map();
    }

    /** A predecessor's checkbox id: {@code predecessors[i]} for the i-th chosen (as the API names it), else {@code predecessor-<id>}. */
    public String predecessorInputId(String authority) {
        int i = predecessors.indexOf(authority);
        return i >= 0 ? "predecessors[" + i + "]" : "predecessor-" + authority;
    }
}
