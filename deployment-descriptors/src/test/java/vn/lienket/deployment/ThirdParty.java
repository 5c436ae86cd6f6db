package vn.lienket.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the platform requires of the images it does not build: Kafka (apache/kafka), MongoDB (mongo), GreenMail. */
final class ThirdParty {

    private ThirdParty() {
    }

    static boolean isKafka(String image) {
        return image != null && ComposeCheck.repository(image).equals("apache/kafka");
    }

    static boolean isMongo(String image) {
        return image != null && ComposeCheck.repository(image).equals("mongo");
    }

    static Set<Integer> ports(String image, Map<String, String> env) {
        Set<Integer> ports = new LinkedHashSet<>();
        if (isKafka(image)) {
            References.in(env.getOrDefault("KAFKA_LISTENERS", "").replace("://:", "://any:")).forEach(a -> ports.add(a.port()));
        } else if (isMongo(image)) {
            ports.add(27017);
        } else if (image != null && ComposeCheck.repository(image).equals("greenmail/standalone")) {
            // -Dgreenmail.setup.test.*: SMTP 3025, POP3 3110, IMAP 3143 (and their TLS ports), the API on 8080
            ports.addAll(List.of(3025, 3110, 3143, 3465, 3993, 3995, 8080));
        }
        return ports;
    }

    /** A Kafka node of the cluster: its data on its volume, replication 3, two in-sync replicas for a write. */
    static List<String> kafkaNode(String where, Map<String, String> env, List<String> mountTargets) {
        List<String> violations = new ArrayList<>();
        String logDirs = env.get("KAFKA_LOG_DIRS");
        if (logDirs == null) {
            violations.add(where + ": KAFKA_LOG_DIRS unset (the image's default is under /tmp, off the volume)");
        } else {
            for (String dir : logDirs.split(",")) {
                if (mountTargets.stream().noneMatch(target -> dir.equals(target) || dir.startsWith(target + "/"))) {
                    violations.add(where + ": KAFKA_LOG_DIRS " + dir + " is on no volume (mounted: " + mountTargets + ")");
                }
            }
        }
        expect(violations, where, env, "KAFKA_DEFAULT_REPLICATION_FACTOR", "3");
        expect(violations, where, env, "KAFKA_MIN_INSYNC_REPLICAS", "2");
        expect(violations, where, env, "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3");
        expect(violations, where, env, "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3");
        expect(violations, where, env, "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2");
        return violations;
    }

    private static void expect(List<String> violations, String where, Map<String, String> env, String variable, String value) {
        if (!value.equals(env.get(variable))) {
            violations.add(where + ": " + variable + " is " + env.get(variable) + ", not " + value);
        }
    }
}
