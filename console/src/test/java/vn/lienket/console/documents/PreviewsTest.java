package vn.lienket.console.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aLeadsPreviewGivesEveryFieldWithItsSourceAndWhatItLacks() {
        Previews.LeadPreview preview = Previews.lead(JSON.readTree("""
                {"id":"imp-1","programmeId":"hcmc-mekong-tourism","fileName":"55-KH-UBND-v1.docx","format":"DOCX","pages":4,
                 "status":"PREVIEW","planId":null,
                 "header":{"number":{"value":"55/KH-UBND","source":"paragraph 2"},"issuer":null,
                   "issuedOn":{"value":"2026-01-19","source":"paragraph 3"},
                   "legalBases":[{"value":"Luật Du lịch","source":"paragraph 6"},{"value":"Nghị quyết","source":"paragraph 7"}]},
                 "sections":[{"code":{"value":"1","source":"paragraph 10"},"title":{"value":"Quản lý","source":"paragraph 10"},
                   "activities":[{"code":{"value":"1.1","source":"table 1, row 2, cell 1"},"label":"1.1",
                     "title":{"value":"Diễn đàn","source":"table 1, row 2, cell 2"},"timeframe":{"value":"Tháng 4","source":"table 1, row 2, cell 3"},
                     "coordinatingUnits":[{"value":"Sở A","source":"table 1, row 2, cell 5"},{"value":"Sở B","source":"table 1, row 2, cell 5"}],
                     "notes":null}]}],
                 "unrecognised":[{"source":"paragraph 40","text":"Nơi nhận:"}],
                 "missing":[{"field":"header.period","message":"the document gives no period"}]}
                """));

        assertThat(preview.header()).extracting(Previews.Traced::field)
                .containsExactly("number", "issuedOn", "legalBases", "legalBases");
        assertThat(preview.header().get(0)).isEqualTo(new Previews.Traced("number", "55/KH-UBND", "paragraph 2"));
        Previews.Activity activity = preview.sections().get(0).activities().get(0);
        assertThat(activity.code()).isEqualTo("1.1");
        assertThat(activity.fields()).extracting(Previews.Traced::field, Previews.Traced::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("title", "table 1, row 2, cell 2"),
                org.assertj.core.groups.Tuple.tuple("timeframe", "table 1, row 2, cell 3"),
                org.assertj.core.groups.Tuple.tuple("coordinatingUnits", "table 1, row 2, cell 5"),
                org.assertj.core.groups.Tuple.tuple("coordinatingUnits", "table 1, row 2, cell 5"));
        assertThat(preview.activityCount()).isEqualTo(1);
        assertThat(preview.lacks("header.period")).isTrue();
        assertThat(preview.lacks("header.number")).isFalse();
        assertThat(preview.unrecognised()).containsExactly(new Previews.Unrecognised("paragraph 40", "Nơi nhận:"));
        assertThat(preview.applied()).isFalse();
    }

    @Test
    void aMembersPreviewGivesEachMatchAndTheLocalActivitiesItProposes() {
        Previews.MemberPreview preview = Previews.member(JSON.readTree("""
                {"id":"imp-2","fileName":"kien-giang.txt","format":"TEXT","status":"PREVIEW","revision":4,
                 "header":{"number":{"value":"48/KH-UBND","source":"line 3"}},
                 "activities":[
                   {"documentCode":"1.1","label":"1.1","title":"Diễn đàn","source":"line 40","match":{"masterCode":"1.1","by":"CODE","similarity":0.964},
                    "activityCode":"1.1","fields":{"leadUnit":{"value":"Sở Du lịch","source":"line 44"},"coordinatingUnits":[],"theme":null},"proposedLocal":null},
                   {"documentCode":"6","label":"6","title":"Lễ hội","source":"line 90","match":{"masterCode":null,"by":"NONE","similarity":0.2},
                    "activityCode":null,"fields":{"coordinatingUnits":[]},"proposedLocal":{"code":"6.1","title":"Lễ hội"}}],
                 "unmatchedMaster":["2.4"],
                 "deviations":[{"activityCode":"1.1","field":"location","masterValue":"Tỉnh Bến Tre","localValue":"tỉnh Bến Tre","justified":false}],
                 "unrecognised":[]}
                """));

        assertThat(preview.matched()).isEqualTo(1);
        assertThat(preview.activities().get(0)).satisfies(a -> {
            assertThat(a.masterCode()).isEqualTo("1.1");
            assertThat(a.by()).isEqualTo("CODE");
            assertThat(a.similarity()).isEqualTo(96);
            assertThat(a.fields()).containsExactly(new Previews.Traced("leadUnit", "Sở Du lịch", "line 44"));
        });
        assertThat(preview.proposedLocal()).extracting(Previews.MatchedActivity::proposedCode).containsExactly("6.1");
        assertThat(preview.unmatchedMaster()).containsExactly("2.4");
        assertThat(preview.deviations()).singleElement().satisfies(d -> assertThat(d.justified()).isFalse());
        assertThat(preview.revision()).isEqualTo(4);
    }

    @Test
    void applyingSendsOnlyWhatThePersonGave() {
        assertThat(new ApplyForm(" 56/KH-UBND ", "", null, "2026-01-20", "", "").body())
                .isEqualTo(Map.of("number", "56/KH-UBND", "issuedOn", "2026-01-20"));
        assertThat(new ApplyForm(null, null, null, null, "2026-01-01", null).body())
                .isEqualTo(Map.of("period", Map.of("from", "2026-01-01")));
    }

    @Test
    void aDownloadDefaultsToPdf() {
        assertThat(Downloads.format(null)).isEqualTo("pdf");
        assertThat(Downloads.format(" DOCX ")).isEqualTo("docx");
    }
}
