package vn.lienket.province.messaging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.MasterPlanClosed;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.Topics;
import vn.lienket.province.derivedplan.DerivedPlanService;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.deadletter.EventHandlers;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * One listener container per hosted province, each in its own consumer group
 * {@code province-service.<province-id>}: every province is told independently, keeps its own
 * offset and catches up on its own after downtime. A province hosted at run time (it joined a
 * programme) gets its container at once; a new group reads the topic from its start, which the
 * handler survives without an alert per old version (it derives a missing plan at the latest
 * version kept). Retry and dead-lettering come from the shared container factory: a store outage
 * holds each tenant's container until the store returns, a record that cannot succeed is parked for
 * that tenant alone, and a re-drive runs it through that tenant's handler registered here.
 */
@Component
class TenantConsumers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantConsumers.class);

    private final Map<String, ConcurrentMessageListenerContainer<String, String>> containers = new ConcurrentHashMap<>();
    private final ConcurrentKafkaListenerContainerFactory<String, String> factory;
    private final DerivedPlanService derivedPlans;
    private final MessagingProperties messaging;
    private final EventHandlers handlers;
    private volatile boolean running;

    TenantConsumers(Tenants tenants, ConcurrentKafkaListenerContainerFactory<String, String> factory,
                    DerivedPlanService derivedPlans, MessagingProperties messaging, EventHandlers handlers) {
        this.factory = factory;
        this.derivedPlans = derivedPlans;
        this.messaging = messaging;
        this.handlers = handlers;
        tenants.onHosted(this::consumeFor);
    }

    /** The tenant's container, made once; started now if this service is running, else when it starts. */
    private synchronized void consumeFor(String provinceId) {
        if (containers.containsKey(provinceId)) {
            return;
        }
        String group = "province-service." + provinceId + messaging.groupSuffix();
        ConcurrentMessageListenerContainer<String, String> container = factory.createContainer(Topics.MASTER_PLANS);
        container.getContainerProperties().setGroupId(group);
        container.getContainerProperties().setClientId(group);
        container.setBeanName(group);
        MessageListener<String, String> listener = record -> onMasterPlanEvent(provinceId, record);
        container.setupMessageListener(listener);
        handlers.register(group, listener::onMessage);
        containers.put(provinceId, container);
        if (running) {
            container.start();
            log.info("{} consumes {} in its group {}", provinceId, Topics.MASTER_PLANS, group);
        }
    }

    private void onMasterPlanEvent(String provinceId, ConsumerRecord<String, String> record) {
        IncomingEvents.parse(record).ifPresent(event -> {
            log.debug("{} received event {} ({}) from {}", provinceId, event.eventId(), event.type(),
                    IncomingEvents.position(record));
            // other events of the topic are not a tenant's
            if (event instanceof MasterPlanVersionPublished published) {
                derivedPlans.onMasterVersion(provinceId, published);
            } else if (event instanceof MasterPlanClosed closed) {
                derivedPlans.onMasterPlanClosed(provinceId, closed);
            }
        });
    }

    @Override
    public synchronized void start() {
        running = true;
        containers.values().forEach(ConcurrentMessageListenerContainer::start);
    }

    @Override
    public synchronized void stop() {
        running = false;
        containers.values().forEach(ConcurrentMessageListenerContainer::stop);
    }

    /**
     * Every tenant's container told at once, the callback run once the last has stopped: one after
     * the other, each leaving its group took about 2 s, and 26 tenants outlasted the shutdown phase.
     */
    @Override
    public void stop(Runnable callback) {
        List<ConcurrentMessageListenerContainer<String, String>> stopping;
        synchronized (this) {
            running = false;
            stopping = List.copyOf(containers.values());
        }
        if (stopping.isEmpty()) {
            callback.run();
            return;
        }
        AtomicInteger left = new AtomicInteger(stopping.size());
        stopping.forEach(container -> container.stop(() -> {
            if (left.decrementAndGet() == 0) {
                callback.run();
            }
        }));
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
