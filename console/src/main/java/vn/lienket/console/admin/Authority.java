package vn.lienket.console.admin;

import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.Json;
import vn.lienket.text.VietnameseText;

/**
 * An authority of the register as the pickers show it: by its name, with whether it still stands
 * (not succeeded) and the successions it continued.
 *
 * @param validTo the day it stopped standing (a succession), or null
 * @param predecessors the units it succeeded, each with its succession
 */
record Authority(String id, String name, String code, LocalDate validTo, List<Predecessor> predecessors) {

    record Predecessor(String authorityId, LocalDate effectiveOn, String legalBasis, String successionId) {
    }

    static Authority of(JsonNode node) {
        List<Predecessor> predecessors = node.path("predecessors").valueStream().map(p -> new Predecessor(
                p.path("authorityId").asString(), Json.date(p.path("effectiveOn")), p.path("legalBasis").asString(""),
                p.path("successionId").asString(""))).toList();
        return new Authority(node.path("id").asString(), node.path("name").asString(node.path("id").asString()),
                node.path("code").asString(""), Json.date(node.path("validTo")), predecessors);
    }

    /** Still stands on that day: not succeeded, or succeeded only later. */
    boolean standsOn(LocalDate day) {
        return validTo == null || validTo.isAfter(day);
    }

    /** The name as it is sorted: without "Tỉnh" or "Thành phố", without diacritics ("An Giang" before "Bà Rịa"). */
    String sortKey() {
        return VietnameseText.searchKey(name.replaceFirst("^(Tỉnh|Thành phố)\\s+", ""));
    }

    /** Does what was typed ("kien giang", "Kiên") find it? */
    boolean matches(String typed) {
        return typed == null || typed.isBlank() || VietnameseText.matches(name, typed) || VietnameseText.matches(id, typed);
    }

}
