package vn.lienket.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code host:port} addresses a value names: URLs, bootstrap lists, replica-set seeds, quorum voters. */
final class References {

    record Address(String host, int port) {
    }

    private static final Pattern ADDRESS = Pattern.compile("(?:^|//|,|@)([A-Za-z][A-Za-z0-9.-]*):(\\d{2,5})(?![\\d.])");

    private References() {
    }

    static List<Address> in(String value) {
        List<Address> found = new ArrayList<>();
        if (value == null) {
            return found;
        }
        Matcher m = ADDRESS.matcher(value);
        while (m.find()) {
            found.add(new Address(m.group(1), Integer.parseInt(m.group(2))));
        }
        return found;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1");
    }
}
