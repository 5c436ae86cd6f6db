package vn.lienket.deployment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMSC simulator (infra/local-stack): a plain program whose image's ENTRYPOINT passes its SMPP
 * and HTTP ports and which reads its variables with {@code System.getenv}.
 *
 * @param sources    its main sources, read for {@code System.getenv("…")} and HTTP contexts
 * @param entrypoint the image's ENTRYPOINT (its last two arguments are the SMPP and HTTP ports)
 */
record SimulatorDeployable(String name, String image, String sources, List<String> entrypoint) implements Deployable {

    private static final Pattern GETENV = Pattern.compile("System\\.getenv\\(\\)\\.getOrDefault\\(\"([A-Z0-9_]+)\"|System\\.getenv\\(\"([A-Z0-9_]+)\"\\)");
    private static final Pattern LOOPBACK_DEFAULT = Pattern.compile("System\\.getenv\\(\\)\\.getOrDefault\\(\"([A-Z0-9_]+)\",\\s*([^)]+)\\)");
    private static final Pattern CONTEXT = Pattern.compile("createContext\\(\"([^\"]+)\"");

    Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = GETENV.matcher(sources);
        while (m.find()) {
            names.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return names;
    }

    @Override
    public boolean reads(String variable) {
        return variables().contains(variable) || SpringDeployable.PLATFORM_VARIABLES.contains(variable);
    }

    /** Those read with a loopback default ({@code getOrDefault("SMSC_API_HOST", LOOPBACK)}): a container must set them. */
    @Override
    public Set<String> mustBeSet() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = LOOPBACK_DEFAULT.matcher(sources);
        while (m.find()) {
            if (m.group(2).contains("LOOPBACK") || m.group(2).contains("127.0.0.1") || m.group(2).contains("localhost")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Override
    public Set<Integer> ports(Map<String, String> environment) {
        return Set.of(smppPort(), healthPort(environment));
    }

    int smppPort() {
        return Integer.parseInt(entrypoint.get(entrypoint.size() - 2));
    }

    @Override
    public int healthPort(Map<String, String> environment) {
        return Integer.parseInt(entrypoint.get(entrypoint.size() - 1));
    }

    @Override
    public Set<String> healthPaths(Map<String, String> environment) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = CONTEXT.matcher(sources);
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }
}
