package vn.lienket.deployment;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A Spring Boot service: it reads the variables its configuration files name as placeholders, the
 * environment forms of the configuration properties it binds (Spring's relaxed binding:
 * {@code lienket.messaging.replication-factor} from {@code LIENKET_MESSAGING_REPLICATIONFACTOR} or
 * {@code LIENKET_MESSAGING_REPLICATION_FACTOR}), and the few variables Spring Boot and the JVM read themselves.
 *
 * @param boundProperties the {@link ConfigurationProperties} records of its libraries that it binds
 */
record SpringDeployable(String name, SpringConfig config, List<Class<?>> boundProperties, Set<String> boundVariables,
                        Set<String> boundPrefixes) implements Deployable {

    /** Read by Spring Boot or the JVM whatever the application's files say. */
    static final Set<String> PLATFORM_VARIABLES = Set.of("SPRING_CONFIG_ADDITIONAL_LOCATION", "SPRING_PROFILES_ACTIVE",
            "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    SpringDeployable(String name, SpringConfig config, List<Class<?>> boundProperties) {
        this(name, config, boundProperties, variablesOf(boundProperties, true), variablesOf(boundProperties, false));
    }

    @Override
    public String image() {
        return "lienket/" + name;
    }

    @Override
    public boolean reads(String variable) {
        return PLATFORM_VARIABLES.contains(variable) || config.environmentVariables().containsKey(variable)
                || boundVariables.contains(variable)
                || boundPrefixes.stream().anyMatch(prefix -> variable.startsWith(prefix + "_"));
    }

    @Override
    public Set<String> mustBeSet() {
        Set<String> names = new LinkedHashSet<>();
        for (Placeholder p : config.placeholders()) {
            if (p.isEnvironmentVariable() && p.defaultValue() != null && !p.defaultValue().contains("${")
                    && (p.defaultValue().contains("127.0.0.1") || p.defaultValue().contains("localhost"))) {
                names.add(p.name());
            }
        }
        return names;
    }

    @Override
    public Set<Integer> ports(Map<String, String> environment) {
        Set<Integer> ports = new LinkedHashSet<>();
        ports.add(config.serverPort(environment));
        Integer management = config.managementPort(environment);
        if (management != null) {
            ports.add(management);
        }
        return ports;
    }

    @Override
    public int healthPort(Map<String, String> environment) {
        Integer management = config.managementPort(environment);
        return management != null ? management : config.serverPort(environment);
    }

    @Override
    public Set<String> healthPaths(Map<String, String> environment) {
        Set<String> health = new LinkedHashSet<>();
        for (String path : config.actuatorPaths(environment)) {
            if (path.contains("/health")) {
                health.add(path);
            }
        }
        return health;
    }

    /**
     * The bound records' properties in their two environment spellings: the scalar ones, or (scalar
     * false) those holding maps or nested records, below which any variable binds.
     */
    private static Set<String> variablesOf(List<Class<?>> boundProperties, boolean scalar) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> type : boundProperties) {
            String prefix = prefixOf(type);
            for (RecordComponent component : type.getRecordComponents()) {
                if (isScalar(component.getType()) == scalar) {
                    names.addAll(environmentNames(prefix + "." + kebab(component.getName())));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static String prefixOf(Class<?> type) {
        ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
        if (annotation == null || !type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a @ConfigurationProperties record");
        }
        return annotation.value().isEmpty() ? annotation.prefix() : annotation.value();
    }

    /** As Spring Boot maps a property to the environment: the uniform form (dashes dropped), and the legacy one (dashes as _). */
    static Set<String> environmentNames(String property) {
        String upper = property.toUpperCase(Locale.ROOT);
        return new LinkedHashSet<>(List.of(upper.replace(".", "_").replace("-", ""), upper.replace(".", "_").replace("-", "_")));
    }

    private static boolean isScalar(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || CharSequence.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type.getName().startsWith("java.time.") || type.getName().startsWith("org.springframework.util.unit.");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
