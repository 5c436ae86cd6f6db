package vn.lienket.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports on loopback for the servers a test starts, or for a backend that is not there. */
public final class TestPorts {

    private TestPorts() {
    }

    /** A port nothing listens on at the moment of asking. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
