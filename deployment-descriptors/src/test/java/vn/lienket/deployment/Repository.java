package vn.lienket.deployment;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the build runs in (lienket.root, set by the module's surefire configuration) and the project's version. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("lienket.root", "..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("docker-compose.yml"))) {
            throw new IllegalStateException(root + " holds no docker-compose.yml: run the tests from the module (./mvnw -pl deployment-descriptors …)");
        }
        return root;
    }

    static String version() {
        return System.getProperty("lienket.version", "0.1.0-SNAPSHOT");
    }

    static Catalogue catalogue() {
        return Catalogue.of(root(), version());
    }

    static Path resource(String name) {
        try {
            return Path.of(Repository.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
