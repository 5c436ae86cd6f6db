package vn.lienket.console.api;

/** A file the API answered (an exported plan), passed on to the browser as it came. */
public record Download(byte[] content, String contentType, String disposition) {
}
