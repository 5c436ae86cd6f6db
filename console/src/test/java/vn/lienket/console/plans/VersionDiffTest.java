package vn.lienket.console.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionDiffTest {

    static final String V1 = "[{'code':'2','title':'Sản phẩm','activities':["
            + "{'code':'2.3','title':'Không gian kết nối','timeframe':'Quý III/2024','location':'Tỉnh Tiền Giang','coordinatingUnits':[]},"
            + "{'code':'2.9','title':'Famtrip','coordinatingUnits':['Sở Du lịch']}]},"
            + "{'code':'3','title':'Quảng bá','activities':[{'code':'3.1','title':'Ngày hội','coordinatingUnits':[]}]}]";
    static final String V2 = "[{'code':'2','title':'Sản phẩm','activities':["
            + "{'code':'2.9','title':'Famtrip','coordinatingUnits':['Sở Du lịch','Hội Lữ hành']},"
            + "{'code':'2.10','title':'Hội chợ','coordinatingUnits':[]}]},"
            + "{'code':'3','title':'Quảng bá','activities':[{'code':'3.1','title':'Ngày hội','coordinatingUnits':[]},"
            + "{'code':'3.4','title':'Không gian kết nối','timeframe':'Quý IV/2024','location':'Tỉnh Vĩnh Long','coordinatingUnits':[]}]}]";

    @Test
    void activitiesAlignByNumberInTheOrderPeopleReadThem() {
        VersionDiff diff = VersionDiff.of(Json.of(V1), Json.of(V2));

        assertThat(diff.rows()).extracting(VersionDiff.Row::code).containsExactly("2.3", "2.9", "2.10", "3.1", "3.4");
        assertThat(diff.rows()).extracting(VersionDiff.Row::kind).containsExactly(VersionDiff.Kind.REMOVED,
                VersionDiff.Kind.CHANGED, VersionDiff.Kind.ADDED, VersionDiff.Kind.SAME, VersionDiff.Kind.ADDED);
        assertThat(diff.summary()).isEqualTo("1 hoạt động thay đổi, 2 hoạt động thêm mới, 1 hoạt động bị bỏ.");
        assertThat(diff.unchanged()).isEqualTo(1);
    }

    @Test
    void aChangedActivityShowsOnlyItsChangedFieldsOldAgainstNew() {
        VersionDiff.Row famtrip = VersionDiff.of(Json.of(V1), Json.of(V2)).rows().get(1);

        assertThat(famtrip.changedFields()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("coordinatingUnits");
            assertThat(f.before()).isEqualTo("Sở Du lịch");
            assertThat(f.after()).isEqualTo("Sở Du lịch; Hội Lữ hành");
        });
    }

    @Test
    void aRemovedActivityHasItsOldFieldsAndNoNewOnes() {
        VersionDiff.Row removed = VersionDiff.of(Json.of(V1), Json.of(V2)).rows().get(0);

        assertThat(removed.title()).isEqualTo("Không gian kết nối");
        assertThat(removed.fields()).filteredOn(f -> f.name().equals("location")).singleElement()
                .satisfies(f -> {
                    assertThat(f.before()).isEqualTo("Tỉnh Tiền Giang");
                    assertThat(f.after()).isNull();
                });
        assertThat(removed.sectionBefore()).isEqualTo("2");
        assertThat(removed.sectionAfter()).isNull();
    }

    @Test
    void aVersionAgainstItselfDiffersInNothing() {
        VersionDiff same = VersionDiff.of(Json.of(V2), Json.of(V2));

        assertThat(same.differing()).isEmpty();
        assertThat(same.summary()).isEqualTo("không có thay đổi.");
    }

    @Test
    void numbersCompareAsNumbersPartByPart() {
        assertThat(VersionDiff.compareCodes("2.10", "2.9")).isPositive();
        assertThat(VersionDiff.compareCodes("10.1", "9.9")).isPositive();
        assertThat(VersionDiff.compareCodes("2", "2.1")).isNegative();
        assertThat(VersionDiff.compareCodes("2.a", "2.b")).isNegative();
    }
}
