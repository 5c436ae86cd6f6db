package vn.lienket.support.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code lienket.consumer.lag{group,topic}}: how many records this service's consumer groups
 * (those named {@code <application>.…}, so province-service has one per tenant) have yet to
 * commit, from the broker's committed offsets and end offsets. Read by an admin client rather
 * than from the consumers, so a tenant whose consumer is stuck or stopped still shows its lag.
 */
final class ConsumerLag implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final String groupPrefix;
    private final MultiGauge gauge;

    ConsumerLag(Admin admin, String application, MeterRegistry meters) {
        this.admin = admin;
        this.groupPrefix = application + ".";
        this.gauge = MultiGauge.builder("lienket.consumer.lag")
                .description("Records not yet committed by the consumer group, per topic")
                .baseUnit("records")
                .register(meters);
    }

    void sample() {
        try {
            List<String> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .stream().map(g -> g.groupId()).filter(id -> id.startsWith(groupPrefix)).toList();
            if (groups.isEmpty()) {
                gauge.register(List.of(), true);
                return;
            }
            Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
            groups.forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
                    admin.listConsumerGroupOffsets(specs).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.values().forEach(offsets -> offsets.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            gauge.register(rows(committed, ends), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("consumer offsets unavailable: " + e.getMessage(), e);
        }
    }

    private static List<MultiGauge.Row<?>> rows(Map<String, Map<TopicPartition, OffsetAndMetadata>> committed,
                                                 Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        committed.forEach((group, offsets) -> {
            Map<String, Long> lagByTopic = new HashMap<>();
            offsets.forEach((tp, offset) -> {
                ListOffsetsResult.ListOffsetsResultInfo end = ends.get(tp);
                if (offset != null && end != null) {
                    lagByTopic.merge(tp.topic(), Math.max(0, end.offset() - offset.offset()), Long::sum);
                }
            });
            lagByTopic.forEach((topic, lag) -> rows.add(MultiGauge.Row.of(Tags.of("group", group, "topic", topic), lag)));
        });
        return rows;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
