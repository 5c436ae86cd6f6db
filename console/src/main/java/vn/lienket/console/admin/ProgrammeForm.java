package vn.lienket.console.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The new-programme form as typed: the sectors ticked and any others typed as a comma list, the
 * lead and the members picked from the register, the period as ISO dates. {@code q} narrows the
 * pickers to the authorities whose name matches it.
 */
record ProgrammeForm(String id, String name, List<String> sectors, String otherSectors, String leadAuthority,
                     List<String> members, String from, String to, String q) {

    ProgrammeForm {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        members = members == null ? List.of() : List.copyOf(members);
    }

    static ProgrammeForm empty() {
        return new ProgrammeForm(null, null, List.of(), null, null, List.of(), null, null, null);
    }

    /** The sectors ticked, then those typed, in that order. */
    List<String> allSectors() {
        List<String> all = new ArrayList<>(sectors);
        all.addAll(CommaList.parse(otherSectors));
        return all;
    }

    /** {@code POST /api/programmes}: {id?, name, sectors[], leadAuthority, members[], period{from, to?}}. */
    Map<String, Object> body() {
        return Json.object()
                .put("id", id)
                .put("name", name)
                .put("sectors", allSectors())
                .put("leadAuthority", leadAuthority)
                .put("members", members)
                .put("period", Json.object().put("from", from).put("to", to).map())
                .map();
    }

    /** A member's checkbox id: {@code members[i]} for the i-th chosen (as the API names it), else {@code member-<id>}. */
    public String memberInputId(String authority) {
        int i = members.indexOf(authority);
        return i >= 0 ? "members[" + i + "]" : "member-" + authority;
    }

    /** A ticked sector's checkbox id: {@code sectors[i]} as the API names it, else {@code sector-<name>}. */
    public String sectorInputId(String sector) {
        int i = sectors.indexOf(sector);
        return i >= 0 ? "sectors[" + i + "]" : "sector-" + sector;
    }
}
