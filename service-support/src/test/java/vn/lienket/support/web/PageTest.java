package vn.lienket.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class PageTest {

    static final List<String> NEWEST_FIRST = List.of("e", "d", "c", "b", "a");

    @Test
    void aFirstPageStopsAtTheLimitAndNamesTheLastItemForTheNext() {
        Page<String> page = Page.slice(NEWEST_FIRST, PageRequest.first(2), Function.identity());

        assertThat(page.items()).containsExactly("e", "d");
        assertThat(page.nextKey()).contains("d");
    }

    @Test
    void theNextPageStartsAfterTheCursorEvenWhenNewerItemsArrived() {
        List<String> withNewer = List.of("g", "f", "e", "d", "c", "b", "a");
        PageRequest next = PageRequest.of(2, PageRequest.encode("d"));

        Page<String> page = Page.slice(withNewer, next, Function.identity());

        assertThat(page.items()).containsExactly("c", "b");
        assertThat(page.nextKey()).contains("b");
    }

    @Test
    void theLastPageHasNoNext() {
        Page<String> page = Page.slice(NEWEST_FIRST, PageRequest.of(3, PageRequest.encode("c")), Function.identity());

        assertThat(page.items()).containsExactly("b", "a");
        assertThat(page.nextKey()).isEmpty();
    }

    @Test
    void withoutALimitAPageHoldsTheDefaultNumberOfItems() {
        PageRequest request = PageRequest.of(null, null);

        assertThat(request.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(request.after()).isEqualTo(Optional.empty());
    }

    @Test
    void aLimitAboveTheBoundIsRefusedNamingTheField() {
        assertThatThrownBy(() -> PageRequest.of(PageRequest.MAX_LIMIT + 1, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> PageRequest.of(0, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @Test
    void aCursorThisServiceDidNotGiveIsRefusedNamingTheField() {
        assertThatThrownBy(() -> PageRequest.of(10, "not base64!"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> Page.slice(NEWEST_FIRST, PageRequest.of(2, PageRequest.encode("zz")), Function.identity()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    @Test
    void anAppendOnlyLogIsServedNewestFirstAndAPageHoldsWhileEntriesAreAppended() {
        List<String> oldestFirst = List.of("a", "b", "c", "d");
        Page<String> first = Page.newestFirst(oldestFirst, PageRequest.first(2));
        List<String> appended = List.of("a", "b", "c", "d", "e", "f");

        Page<String> second = Page.newestFirst(appended,
                PageRequest.of(2, PageRequest.encode(first.nextKey().orElseThrow())));

        assertThat(first.items()).containsExactly("d", "c");
        assertThat(second.items()).containsExactly("b", "a");
        assertThat(second.nextKey()).isEmpty();
    }
}
