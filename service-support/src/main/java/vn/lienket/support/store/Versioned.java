package vn.lienket.support.store;

/** An aggregate as read, with the revision a write must expect (optimistic concurrency). */
public record Versioned<T>(T value, long revision) {
}
