package vn.lienket.support.deadletter;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * The handler behind each listener of this process, by consumer group, so that a parked record is
 * run again through the very code that parked it, for the listener that parked it (one province's
 * tenant, say) and no other. Every listener registers the method its container calls.
 */
@Component
public class EventHandlers {

    private final Map<String, Consumer<ConsumerRecord<String, String>>> byListener = new ConcurrentHashMap<>();

    public void register(String consumerGroup, Consumer<ConsumerRecord<String, String>> handler) {
        if (byListener.putIfAbsent(consumerGroup, handler) != null) {
            throw new IllegalStateException("Two handlers for the consumer group " + consumerGroup);
        }
    }

    Optional<Consumer<ConsumerRecord<String, String>>> of(String consumerGroup) {
        return Optional.ofNullable(byListener.get(consumerGroup));
    }
}
