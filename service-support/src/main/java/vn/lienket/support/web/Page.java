package vn.lienket.support.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * One page of a list. The body stays the JSON array it always was; the next page is a
 * {@code Link: <…>; rel="next"} header (RFC 8288), as GitHub's API pages, so that clients reading
 * a first page keep working and a client that wants more follows the link.
 *
 * @param nextKey the sort key of the last item, when there are more items after it
 */
public record Page<T>(List<T> items, Optional<String> nextKey) {

    /**
     * The page from items fetched in order with one more than the limit asked: that one extra
     * item says there is a next page, without counting the whole list.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> key) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(List.copyOf(fetched), Optional.empty());
        }
        List<T> items = List.copyOf(fetched.subList(0, request.limit()));
        return new Page<>(items, Optional.of(key.apply(items.get(items.size() - 1))));
    }

    /**
     * The page of a list already in memory, in the order it is served.
     *
     * @throws ApiException 400 naming {@code cursor} when it names no item of the list
     */
    public static <T> Page<T> slice(List<T> ordered, PageRequest request, Function<T, String> key) {
        int from = 0;
        if (request.after().isPresent()) {
            String after = request.after().get();
            int at = indexOf(ordered, after, key);
            if (at < 0) {
                throw ApiException.invalid(PageRequest.CURSOR, "cursor names no item of this list; start again without it");
            }
            from = at + 1;
        }
        int to = Math.min(ordered.size(), from + request.limit() + 1);
        return of(ordered.subList(from, to), request, key);
    }

    /**
     * The page of an append-only log held oldest first, served newest first. An item's key is its
     * position counted from the oldest: items are only ever appended, so a key keeps naming the
     * same item while newer ones arrive, and two items of the same instant are still told apart.
     */
    public static <T> Page<T> newestFirst(List<T> oldestFirst, PageRequest request) {
        List<Numbered<T>> numbered = new java.util.ArrayList<>(oldestFirst.size());
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            numbered.add(new Numbered<>(String.valueOf(i), oldestFirst.get(i)));
        }
        Page<Numbered<T>> page = slice(numbered, request, Numbered::key);
        return new Page<>(page.items().stream().map(Numbered::item).toList(), page.nextKey());
    }

    private record Numbered<T>(String key, T item) {
    }

    private static <T> int indexOf(List<T> ordered, String wanted, Function<T, String> key) {
        for (int i = 0; i < ordered.size(); i++) {
            if (wanted.equals(key.apply(ordered.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The items with the link to the next page of the current request, if there is one. The link
     * is a path (RFC 8288 resolves it against the request), so that it stays right behind the
     * gateway, which serves the same paths under another host.
     */
    public ResponseEntity<List<T>> toResponse() {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        nextKey.ifPresent(key -> {
            UriComponents next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam(PageRequest.CURSOR, PageRequest.encode(key)).build();
            response.header(HttpHeaders.LINK, "<" + next.getPath() + "?" + next.getQuery() + ">; rel=\"next\"");
        });
        return response.body(items);
    }
}
