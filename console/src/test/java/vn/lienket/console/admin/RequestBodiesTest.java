package vn.lienket.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The request bodies the forms send: what was typed, trimmed, and nothing for what was left empty. */
class RequestBodiesTest {

    @Test
    void aProgrammeHasItsTickedAndTypedSectorsAndItsPeriod() {
        ProgrammeForm form = new ProgrammeForm(" ", " Chương trình hợp tác Đồng Tháp – TP.HCM ", List.of("tourism", "economy"),
                "logistics, digital", "dong-thap", List.of("ho-chi-minh-city"), "2026-01-01", "2030-12-31", "dong");
        assertThat(form.body()).isEqualTo(Map.of(
                "name", "Chương trình hợp tác Đồng Tháp – TP.HCM",
                "sectors", List.of("tourism", "economy", "logistics", "digital"),
                "leadAuthority", "dong-thap",
                "members", List.of("ho-chi-minh-city"),
                "period", Map.of("from", "2026-01-01", "to", "2030-12-31")));
    }

    @Test
    void anEmptyProgrammeFormLeavesTheApiToNameWhatIsMissing() {
        assertThat(ProgrammeForm.empty().body()).isEqualTo(Map.of("sectors", List.of(), "members", List.of(), "period", Map.of()));
    }

    @Test
    void theChosenMembersAreNamedAsTheApiNamesThem() {
        ProgrammeForm form = new ProgrammeForm(null, "x", List.of("tourism"), null, "dong-thap",
                List.of("can-tho", "kien-giang"), null, null, null);
        assertThat(form.memberInputId("kien-giang")).isEqualTo("members[1]");
        assertThat(form.memberInputId("ca-mau")).isEqualTo("member-ca-mau");
        assertThat(form.sectorInputId("tourism")).isEqualTo("sectors[0]");
        assertThat(form.sectorInputId("trade")).isEqualTo("sector-trade");
    }

    @Test
    void aSuccessionSendsItsOptionalFieldsOnlyWhenGiven() {
        SuccessionForm form = new SuccessionForm("can-tho", List.of("hau-giang", "soc-trang"), "2025-07-01",
                " Nghị quyết số 202/2025/QH15 ", "", "  ", "Ninh Kiều", null);
        assertThat(form.body()).isEqualTo(Map.of(
                "predecessors", List.of("hau-giang", "soc-trang"),
                "effectiveOn", "2025-07-01",
                "legalBasis", "Nghị quyết số 202/2025/QH15",
                "seat", "Ninh Kiều"));
        assertThat(form.predecessorInputId("soc-trang")).isEqualTo("predecessors[1]");
        assertThat(form.predecessorInputId("ca-mau")).isEqualTo("predecessor-ca-mau");
    }

    @Test
    void aClientAndAPerson() {
        assertThat(new ClientForm("dong-thap-hop-tac", "dong-thap", List.of("coordinator", "planner")).body())
                .isEqualTo(Map.of("clientId", "dong-thap-hop-tac", "tenant", "dong-thap", "roles", List.of("coordinator", "planner")));
        // an authority's admin gives no tenant: the identity provider takes the caller's
        assertThat(new PersonForm("thu.vo", null, List.of("viewer")).body())
                .isEqualTo(Map.of("username", "thu.vo", "roles", List.of("viewer")));
        assertThat(new PersonForm(null, null, null).body()).isEqualTo(Map.of("roles", List.of()));
    }

    @Test
    void aMemberJoinsTodayWhenNoDayIsGiven() {
        assertThat(new ProgrammeAdminController.MemberForm("dong-nai", "", null).body()).isEqualTo(Map.of("authorityId", "dong-nai"));
    }
}
