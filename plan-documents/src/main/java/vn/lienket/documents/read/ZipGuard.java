package vn.lienket.documents.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.lienket.documents.DocumentRefused;
import vn.lienket.documents.DocumentRefused.Reason;

/**
 * Inflates every entry of a zip once, counting, before POI is let near it: POI builds a whole
 * document in memory, so a zip bomb has to be stopped while it is still a stream of bytes. Also
 * reports the entry names and the content types, which is how a .docx and a .docm's macros are told
 * apart without trusting the file name.
 */
final class ZipGuard {

    static final int MAX_ENTRIES = 10_000;
    /** Below this, an entry's ratio says nothing: a few KB of repeated XML compresses very well. */
    private static final long RATIO_GRACE_BYTES = 64 * 1024;
    private static final int CONTENT_TYPES_MAX = 1024 * 1024;

    record Contents(Set<String> names, String contentTypes) {

        boolean isWordDocument() {
            return names.contains("word/document.xml");
        }

        boolean hasMacros() {
            return names.stream().anyMatch(name -> name.toLowerCase().endsWith("vbaproject.bin"))
                    || contentTypes.contains("macroEnabled") || contentTypes.contains("vbaProject");
        }
    }

    private ZipGuard() {
    }

    static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static Contents inspect(byte[] content, DocumentLimits limits, String fileName, Deadline deadline) {
        if (!hasEndOfCentralDirectory(content)) {
            throw malformed(fileName, "its zip directory is missing");
        }
        Set<String> names = new HashSet<>();
        String contentTypes = "";
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                deadline.check();
                if (names.size() >= MAX_ENTRIES) {
                    throw bomb(fileName, "it holds more than " + MAX_ENTRIES + " files");
                }
                names.add(entry.getName());
                boolean keep = entry.getName().equals("[Content_Types].xml");
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                long size = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    size += read;
                    total += read;
                    if (total > limits.maxUnzippedBytes()) {
                        throw bomb(fileName, "it expands to more than " + Sizes.mb(limits.maxUnzippedBytes()));
                    }
                    // No entry's compressed size can exceed the whole file's, whatever its header says.
                    if (size > RATIO_GRACE_BYTES && size / Math.max(1, content.length) > limits.maxCompressionRatio()) {
                        throw bomb(fileName, entry.getName() + " expands more than " + limits.maxCompressionRatio()
                                + " times");
                    }
                    if (keep && kept.size() < CONTENT_TYPES_MAX) {
                        kept.write(buffer, 0, read);
                    }
                }
                long compressed = entry.getCompressedSize();
                if (size > RATIO_GRACE_BYTES && compressed > 0 && size / compressed > limits.maxCompressionRatio()) {
                    throw bomb(fileName, entry.getName() + " expands " + size / compressed + " times, more than the "
                            + limits.maxCompressionRatio() + " allowed");
                }
                if (keep) {
                    contentTypes = kept.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw malformed(fileName, plain(e));
        }
        return new Contents(Set.copyOf(names), contentTypes);
    }

    /** A zip cut short loses its central directory, which sits at its very end. */
    private static boolean hasEndOfCentralDirectory(byte[] content) {
        int stop = Math.max(0, content.length - 22 - 65_535);
        for (int i = content.length - 22; i >= stop; i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    static DocumentRefused malformed(String fileName, String what) {
        return new DocumentRefused(Reason.MALFORMED, "The .docx " + fileName + " is truncated or corrupt: " + what
                + ".");
    }

    private static DocumentRefused bomb(String fileName, String what) {
        return new DocumentRefused(Reason.ZIP_BOMB, fileName + " is refused as a zip bomb: " + what
                + ", far more than a plan needs.");
    }

    static String plain(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "it could not be unpacked" : message.strip();
    }
}
