package vn.lienket.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.EventJson;

/** The map as the access rules ask it: archived from the day in Ho Chi Minh City, chains followed, the last record kept. */
class SuccessionMapTest {

    static final String BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh";
    static final LocalDate JULY_FIRST = LocalDate.of(2025, 7, 1);

    static AuthorityRef ref(String id, String name) {
        return new AuthorityRef(id, null, name, "PROVINCE", null);
    }

    static AuthoritySucceeded succession(String successor, String successorName, LocalDate on, AuthorityRef... predecessors) {
        return new AuthoritySucceeded("e-" + successor + on, Instant.parse("2025-06-20T00:00:00Z"), "platform",
                AuthoritySucceeded.idOf(successor, on), ref(successor, successorName), List.of(predecessors), on, BASIS);
    }

    static SuccessionMap at(String instant) {
        return new SuccessionMap(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void anAuthorityIsAnArchiveFromTheEffectiveDayInHoChiMinhCity() {
        AuthoritySucceeded anGiang = succession("an-giang", "Tỉnh An Giang", JULY_FIRST, ref("kien-giang", "Tỉnh Kiên Giang"));
        SuccessionMap eveInUtcButJulyInVietnam = at("2025-06-30T17:00:00Z");
        SuccessionMap eve = at("2025-06-30T16:59:59Z");
        eveInUtcButJulyInVietnam.record(anGiang);
        eve.record(anGiang);

        assertThat(eve.archived("kien-giang")).isEmpty();
        assertThat(eve.readsArchiveOf("an-giang", "kien-giang")).isFalse();
        assertThat(eveInUtcButJulyInVietnam.archived("kien-giang")).hasValueSatisfying(a -> {
            assertThat(a.successor()).isEqualTo("an-giang");
            assertThat(a.successorName()).isEqualTo("Tỉnh An Giang");
            assertThat(a.authorityName()).isEqualTo("Tỉnh Kiên Giang");
            assertThat(a.effectiveOn()).isEqualTo(JULY_FIRST);
            assertThat(a.legalBasis()).isEqualTo(BASIS);
            assertThat(a.successionId()).isEqualTo("an-giang@2025-07-01");
        });
        assertThat(eveInUtcButJulyInVietnam.archived("an-giang")).as("the successor continues").isEmpty();
        assertThat(eveInUtcButJulyInVietnam.readsArchiveOf("an-giang", "kien-giang")).isTrue();
    }

    @Test
    void aChainEndsAtTheSuccessorInForceTodayAndALaterOneWaitsForItsDay() {
        SuccessionMap map = at("2026-12-01T00:00:00Z");
        map.record(succession("an-giang", "Tỉnh An Giang", JULY_FIRST, ref("kien-giang", "Tỉnh Kiên Giang")));
        map.record(succession("mekong", "Vùng Mê Kông", LocalDate.of(2026, 1, 1), ref("an-giang", "Tỉnh An Giang")));
        map.record(succession("can-tho", "Thành phố Cần Thơ", LocalDate.of(2099, 1, 1), ref("mekong", "Vùng Mê Kông")));

        assertThat(map.archived("kien-giang")).hasValueSatisfying(a -> {
            assertThat(a.succeededBy()).isEqualTo("an-giang");
            assertThat(a.successor()).isEqualTo("mekong");
        });
        assertThat(map.readsArchiveOf("mekong", "kien-giang")).isTrue();
        assertThat(map.readsArchiveOf("can-tho", "kien-giang")).as("not yet").isFalse();
        assertThat(map.archived("mekong")).isEmpty();
    }

    @Test
    void theSameSuccessionAgainReplacesItAndATombstoneRemovesIt() {
        SuccessionMap map = at("2026-12-01T00:00:00Z");
        SuccessionsReader reader = new SuccessionsReader("", "test", map);
        AuthoritySucceeded canTho = succession("can-tho", "Thành phố Cần Thơ", JULY_FIRST, ref("hau-giang", "Tỉnh Hậu Giang"));
        reader.apply(record(canTho.successionId(), EventJson.write(canTho), AuthoritySucceeded.TYPE));
        reader.apply(record(canTho.successionId(), EventJson.write(canTho), AuthoritySucceeded.TYPE));
        AuthoritySucceeded wider = succession("can-tho", "Thành phố Cần Thơ", JULY_FIRST, ref("hau-giang", "Tỉnh Hậu Giang"),
                ref("soc-trang", "Tỉnh Sóc Trăng"));
        reader.apply(record(wider.successionId(), EventJson.write(wider), AuthoritySucceeded.TYPE));
        reader.apply(record("x", "{not json", AuthoritySucceeded.TYPE));
        reader.apply(record("y", "{}", "lienket.something-else.v1"));

        assertThat(map.size()).isOne();
        assertThat(map.archived("soc-trang")).isPresent();
        assertThat(reader.state()).containsEntry("failures", 1L).containsEntry("recordsRead", 5L);

        reader.apply(record(wider.successionId(), null, null));
        assertThat(map.archived("hau-giang")).isEmpty();
        assertThat(map.size()).isZero();
        assertThat(reader.configured()).isFalse();
        assertThat(reader.start().state()).containsEntry("source", "not configured");
        reader.close();
    }

    static ConsumerRecord<String, String> record(String key, String value, String type) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("lienket.authorities.v1", 0, 0, key, value);
        if (type != null) {
            record.headers().add(new RecordHeader(CloudEventHeaders.TYPE, type.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return record;
    }
}
