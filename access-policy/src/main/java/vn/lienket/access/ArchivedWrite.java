package vn.lienket.access;

import java.util.Optional;

/**
 * A write refused because an authority is an archive: the caller's own tenant (its tokens read what
 * they read before, and write nothing), or the authority the path names (whoever calls). Its
 * {@link #detail()} says so in plain words, naming the successor and the day; services and the
 * gateway answer it as the {@value #PROBLEM} problem, 403, with {@code successor} and
 * {@code effectiveOn}.
 */
public record ArchivedWrite(Archives.Archive archive, boolean callersOwn) {

    /** The slug of the problem type, {@code urn:lienket:problem:authority-merged}. */
    public static final String PROBLEM = "authority-merged";
    public static final String TITLE = "Authority merged";

    /** A method that changes something: anything but GET, HEAD and OPTIONS. */
    public static boolean isWrite(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    /**
     * Why this request is refused, if it is a write by an archived tenant's token or to an archived
     * authority's path; empty for a read, or a write where neither is an archive.
     *
     * @param pathAuthority the authority the path names, or null
     */
    public static Optional<ArchivedWrite> of(String method, String tenant, String pathAuthority, Archives archives) {
        if (!isWrite(method) || archives == null) {
            return Optional.empty();
        }
        if (tenant != null) {
            Optional<Archives.Archive> own = archives.archived(tenant);
            if (own.isPresent()) {
                return Optional.of(new ArchivedWrite(own.get(), true));
            }
        }
        if (pathAuthority != null) {
            return archives.archived(pathAuthority).map(a -> new ArchivedWrite(a, false));
        }
        return Optional.empty();
    }

    public String successor() {
        return archive.successor();
    }

    /** The day it became an archive, ISO ({@code 2025-07-01}). */
    public String effectiveOn() {
        return archive.effectiveOn().toString();
    }

    public String detail() {
        Archives.Archive a = archive;
        String merged = name(a.authorityName(), a.authority()) + " merged into " + name(a.successorName(), a.successor())
                + " from " + Archives.Archive.DAY.format(a.effectiveOn())
                + (a.legalBasis() == null || a.legalBasis().isBlank() ? "" : " (" + a.legalBasis() + ")");
        return callersOwn
                ? merged + ": a token of " + a.authority() + " reads its archive and writes nothing; "
                        + a.successor() + " writes for it now"
                : merged + ": its data is an archive, read and never written; write as " + a.successor();
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
    }
}
