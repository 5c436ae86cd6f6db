package vn.lienket.access;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Which authorities are archives today: merged into a successor (Resolution 202/2025/QH15 and the
 * like) on a day that has come, in Ho Chi Minh City. The access rules read it next to the
 * caller's {@link Relation}: an archive's tokens read and never write, nobody writes an archive's
 * paths, and its successor reads them as its own. The services and the gateway pass the map they
 * read from the register's successions; {@link #NONE} is for callers that know no map.
 */
public interface Archives {

    /** No authority is archived. */
    Archives NONE = authority -> Optional.empty();

    /** The succession that made this authority an archive, if it is one today. */
    Optional<Archive> archived(String authority);

    /**
     * Does this tenant read that authority's archive as its own? It does when it is the
     * authority's successor, directly or through a chain of successions in force today.
     */
    default boolean readsArchiveOf(String tenant, String authority) {
        if (tenant == null || authority == null || tenant.equals(authority)) {
            return false;
        }
        String current = authority;
        for (int hops = 0; hops < Archive.MAX_CHAIN; hops++) {
            Optional<Archive> archive = archived(current);
            if (archive.isEmpty()) {
                return false;
            }
            current = archive.get().succeededBy();
            if (tenant.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An archived authority: {@code succeededBy} took it over on {@code effectiveOn} by the act
     * {@code legalBasis} (succession {@code successionId}); {@code successor} is where that chain
     * ends today (the same unless the one that took it over has merged since). Names are the
     * register's, as the succession carried them, or the ids where it carried none.
     */
    record Archive(String authority, String authorityName, String succeededBy, String successor,
                   String successorName, LocalDate effectiveOn, String legalBasis, String successionId) {

        /** Longer chains than this are taken to be a loop in the data and not followed. */
        public static final int MAX_CHAIN = 16;

        static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        /** The same archive, continued to where its successor's own chain ends. */
        public Archive endingAt(String finalSuccessor, String finalSuccessorName) {
            return new Archive(authority, authorityName, succeededBy, finalSuccessor, finalSuccessorName, effectiveOn,
                    legalBasis, successionId);
        }
    }
}
