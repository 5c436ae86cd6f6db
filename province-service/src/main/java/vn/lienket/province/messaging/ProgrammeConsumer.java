package vn.lienket.province.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
import vn.lienket.contracts.ProgrammeEvent;
import vn.lienket.contracts.Topics;
import vn.lienket.province.programme.Onboarding;
import vn.lienket.province.tenancy.TenantProperties;
import vn.lienket.support.deadletter.EventHandlers;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * The service's own listener, in the group {@code province-service.programmes} (one per process
 * that hosts only one province: {@code …programmes.<province-id>}), beside the tenants' groups:
 * programme events make members tenants, and master-plan versions and closes are kept so that a
 * member that joins later catches up from them. Before it starts, the tenants the store knows are
 * hosted again, so a restart needs no replay; and every {@code lienket.province.rescan} again, for
 * the members another instance of the service (in the same group) learnt of.
 */
@Component
class ProgrammeConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeConsumer.class);

    private final ConcurrentMessageListenerContainer<String, String> container;
    private final Onboarding onboarding;
    private final Duration rescan;
    private ScheduledExecutorService rescans;
    private volatile boolean running;

    ProgrammeConsumer(ConcurrentKafkaListenerContainerFactory<String, String> factory, Onboarding onboarding,
                      TenantProperties tenancy, MessagingProperties messaging, EventHandlers handlers) {
        this.onboarding = onboarding;
        this.rescan = tenancy.rescan();
        String only = tenancy.only() == null || tenancy.only().isBlank() ? "" : "." + tenancy.only();
        String group = "province-service.programmes" + only + messaging.groupSuffix();
        container = factory.createContainer(Topics.PROGRAMMES, Topics.MASTER_PLANS);
        container.getContainerProperties().setGroupId(group);
        container.getContainerProperties().setClientId(group);
        container.setBeanName(group);
        MessageListener<String, String> listener = this::on;
        container.setupMessageListener(listener);
        handlers.register(group, listener::onMessage);
    }

    private void on(ConsumerRecord<String, String> record) {
        IncomingEvents.parse(record).ifPresent(event -> {
            log.debug("programmes received event {} ({}) from {}", event.eventId(), event.type(),
                    IncomingEvents.position(record));
            // the topics' other events are not about membership or plans
            if (event instanceof ProgrammeEvent changed) {
                onboarding.onProgrammeEvent(changed);
            } else if (event instanceof MasterPlanVersionPublished published) {
                onboarding.onPlanPublished(published);
            } else if (event instanceof MasterPlanClosed closed) {
                onboarding.onPlanClosed(closed);
            }
        });
    }

    /** Before the tenants' consumers: the tenants known are hosted first. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    @Override
    public void start() {
        log.info("Hosting {} province tenants known from the programmes", onboarding.hostKnownMembers());
        container.start();
        rescans = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tenant-rescan");
            thread.setDaemon(true);
            return thread;
        });
        rescans.scheduleWithFixedDelay(this::rescan, rescan.toMillis(), rescan.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Several instances share the group, so each programme event reaches one of them: the others learn it here. */
    private void rescan() {
        try {
            onboarding.hostKnownMembers();
        } catch (RuntimeException e) {
            log.warn("Could not read the programmes again for new members (tried again in {}): {}", rescan, e.toString());
        }
    }

    @Override
    public void stop() {
        rescans.shutdownNow();
        container.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
