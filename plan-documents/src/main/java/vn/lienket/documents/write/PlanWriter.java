package vn.lienket.documents.write;

/** Renders a {@link PlanDocument} in a format; the same document gives the same layout in either. */
public final class PlanWriter {

    private PlanWriter() {
    }

    public static byte[] write(PlanDocument document, ExportFormat format) {
        throw new UnsupportedOperationException("not built yet");
    }
}
