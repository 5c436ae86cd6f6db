package vn.lienket.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The platform's deployables as the repository defines them: each Spring Boot module's jar (its
 * {@code finalName}) and configuration files, and the SMSC simulator's image. Nothing here is a copy
 * of a service's settings: they are read from the modules.
 *
 * @param version the project's version, the tag of the Kubernetes images
 */
record Catalogue(Path root, String version, List<Deployable> deployables) {

    /** The Spring Boot modules, and the service-support packages each one scans (their configuration properties bind). */
    private record Module(String path, List<String> supportPackages) {
    }

    private static final List<Module> MODULES = List.of(
            new Module("plan-service", List.of("vn.lienket.support")),
            new Module("province-service", List.of("vn.lienket.support")),
            new Module("notification-service", List.of("vn.lienket.support")),
            // IdentityProviderApplication scans only these of service-support (not messaging)
            new Module("infra/identity-provider", List.of("vn.lienket.support.store", "vn.lienket.support.web")),
            new Module("gateway", List.of()),
            new Module("console", List.of()));

    static final String SMSC_DOCKERFILE = "infra/local-stack/Dockerfile";
    private static final Pattern FINAL_NAME = Pattern.compile("<finalName>([^<]+)</finalName>");

    static Catalogue of(Path root, String version) {
        List<Deployable> deployables = new ArrayList<>();
        Path supportResources = root.resolve("service-support/src/main/resources");
        for (Module module : MODULES) {
            Path dir = root.resolve(module.path());
            SpringConfig config = SpringConfig.load(dir.resolve("src/main/resources/application.yml"),
                    List.of(dir.resolve("src/main/resources"), supportResources));
            deployables.add(new SpringDeployable(finalName(dir), config, propertiesIn(module.supportPackages())));
        }
        deployables.add(smscSimulator(root));
        return new Catalogue(root, version, List.copyOf(deployables));
    }

    /** The deployable whose jar this is (a path like plan-service/target/plan-service.jar). */
    Optional<Deployable> byJar(String jar) {
        return deployables.stream().filter(d -> d instanceof SpringDeployable).filter(d -> jar.equals(jarOf(d))).findFirst();
    }

    Optional<Deployable> byImage(String repository) {
        return deployables.stream().filter(d -> d.image().equals(repository)).findFirst();
    }

    /** Where the build puts the deployable's jar, relative to the root. */
    String jarOf(Deployable deployable) {
        for (Module module : MODULES) {
            if (finalName(root.resolve(module.path())).equals(deployable.name())) {
                return module.path() + "/target/" + deployable.name() + ".jar";
            }
        }
        throw new IllegalArgumentException(deployable.name() + " has no jar");
    }

    String text(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String finalName(Path module) {
        try {
            Matcher m = FINAL_NAME.matcher(Files.readString(module.resolve("pom.xml")));
            if (!m.find()) {
                throw new IllegalStateException(module + "/pom.xml names no finalName");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> propertiesIn(List<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                try {
                    types.add(Class.forName(candidate.getBeanClassName()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (!packages.isEmpty() && types.isEmpty()) {
            throw new IllegalStateException("no configuration properties found in " + packages);
        }
        return List.copyOf(types);
    }

    /** The image of infra/local-stack/Dockerfile: its name from the build line of its comment, its ENTRYPOINT, its sources. */
    private static Deployable smscSimulator(Path root) {
        try {
            String dockerfile = Files.readString(root.resolve(SMSC_DOCKERFILE));
            Matcher tag = Pattern.compile("-t\\s+(\\S+)").matcher(dockerfile);
            Matcher entry = Pattern.compile("(?m)^ENTRYPOINT\\s+\\[(.*)]\\s*$").matcher(dockerfile);
            if (!tag.find() || !entry.find()) {
                throw new IllegalStateException(SMSC_DOCKERFILE + " names no image (-t) or has no ENTRYPOINT [..]");
            }
            List<String> entrypoint = Arrays.stream(entry.group(1).split(","))
                    .map(arg -> arg.trim().replaceAll("^\"|\"$", "")).toList();
            StringBuilder sources = new StringBuilder();
            try (Stream<Path> files = Files.walk(root.resolve("infra/local-stack/src/main/java/vn/lienket/localstack/smsc"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    sources.append(Files.readString(file)).append('\n');
                }
            }
            String image = tag.group(1);
            return new SimulatorDeployable(image.substring(image.indexOf('/') + 1), image, sources.toString(), entrypoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
