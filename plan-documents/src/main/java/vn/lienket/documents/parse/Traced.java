package vn.lienket.documents.parse;

/** A value read from a document and where: {@code source} as in {@link vn.lienket.documents.read.Block#source()}, a cell's with ", cell N". */
public record Traced<T>(T value, String source) {

    public static <T> Traced<T> of(T value, String source) {
        return new Traced<>(value, source);
    }
}
