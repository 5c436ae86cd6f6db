package vn.lienket.province.messaging;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;
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
 * offset and catches up on its own after downtime. Retry and dead-lettering come from the shared
 * container factory: a store outage holds each tenant's container until the store returns, a record
 * that cannot succeed is parked for that tenant alone, and a re-drive runs it through that tenant's
 * handler registered here.
 */
@Component
class TenantConsumers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantConsumers.class);

    private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();
    private volatile boolean running;

    TenantConsumers(Tenants tenants, ConcurrentKafkaListenerContainerFactory<String, String> factory,
                    DerivedPlanService derivedPlans, MessagingProperties messaging, EventHandlers handlers) {
        for (String provinceId : tenants.ids()) {
            String group = "province-service." + provinceId + messaging.groupSuffix();
            ConcurrentMessageListenerContainer<String, String> container = factory.createContainer(Topics.MASTER_PLANS);
            container.getContainerProperties().setGroupId(group);
            container.getContainerProperties().setClientId(group);
            container.setBeanName(group);
            MessageListener<String, String> listener = record -> onMasterPlanEvent(provinceId, record, derivedPlans);
            container.setupMessageListener(listener);
            handlers.register(group, listener::onMessage);
            containers.add(container);
        }
    }

    private static void onMasterPlanEvent(String provinceId, ConsumerRecord<String, String> record,
                                          DerivedPlanService derivedPlans) {
        IncomingEvents.parse(record).ifPresent(event -> {
            if (event instanceof MasterPlanVersionPublished published) {
                log.debug("{} received event {} ({} v{}) from {}", provinceId, event.eventId(), published.planNumber(),
                        published.version(), IncomingEvents.position(record));
                derivedPlans.onMasterVersion(provinceId, published);
            }
        });
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
