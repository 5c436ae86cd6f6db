package vn.lienket.plan.authority;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The successions of Resolution 202/2025/QH15 as the resource {@value #SEEDED} holds them, each as
 * the request a platform admin would make. The register does not apply them by itself: the default
 * seed applies them through {@link SuccessionService#applyAll}, and a world of 2024 leaves them out.
 */
public final class SuccessionTable {

    static final String SEEDED = "authorities/successions-2025.json";

    private SuccessionTable() {
    }

    /** One row of the table: the successor and what is recorded of its succession. */
    public record Entry(String successorId, NewSuccession request) {
    }

    private record Row(String successor, List<String> predecessors, LocalDate effectiveOn, String legalBasis,
                       String code, String name, String seat, Boolean codeConfirmed, String codeNote) {
    }

    private record Table(List<Row> successions) {
    }

    /** The ten successions of 1 July 2025 among the platform's members, in the order of the table. */
    public static List<Entry> seeded() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = SuccessionTable.class.getClassLoader().getResourceAsStream(SEEDED)) {
            if (in == null) {
                throw new IllegalStateException("No succession table on the classpath: " + SEEDED);
            }
            return json.readValue(in, Table.class).successions().stream()
                    .map(r -> new Entry(r.successor(), new NewSuccession(r.predecessors(), r.effectiveOn(),
                            r.legalBasis(), r.code(), r.name(), r.seat(), r.codeConfirmed(), r.codeNote())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
