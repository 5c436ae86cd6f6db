package vn.lienket.contracts;

/** One master activity as published; the fields a province's derived activity traces to. */
public record ActivitySnapshot(String code, String title, String theme, String timeframe, String location) {
}
