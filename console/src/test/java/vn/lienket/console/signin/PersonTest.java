package vn.lienket.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void aPlannerWritesForHerOwnAuthorityOnly() {
        Person minh = new Person("minh.tran", "kien-giang", List.of("planner"));

        assertThat(minh.writesFor("kien-giang")).isTrue();
        assertThat(minh.writesFor("soc-trang")).isFalse();
        assertThat(minh.viewer()).isFalse();
    }

    @Test
    void aViewerWritesNothingEvenForHerOwnAuthority() {
        Person hoa = new Person("hoa.le", "kien-giang", List.of("viewer"));

        assertThat(hoa.viewer()).isTrue();
        assertThat(hoa.writesFor("kien-giang")).isFalse();
        assertThat(hoa.roleNames()).isEqualTo("Chỉ xem");
    }

    @Test
    void aCoordinatorWhoIsAlsoAPlannerIsBoth() {
        Person lan = new Person("lan.nguyen", "ho-chi-minh-city", List.of("coordinator", "planner"));

        assertThat(lan.coordinator()).isTrue();
        assertThat(lan.planner()).isTrue();
        assertThat(lan.roleNames()).isEqualTo("Điều phối, Lập kế hoạch");
    }
}
