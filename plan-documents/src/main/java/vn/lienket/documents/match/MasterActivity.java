package vn.lienket.documents.match;

/** A master plan's activity as the matcher needs it. */
public record MasterActivity(String code, String title) {
}
