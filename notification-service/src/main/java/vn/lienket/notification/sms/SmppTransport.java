package vn.lienket.notification.sms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.lienket.notification.delivery.Delivery;
import vn.lienket.notification.delivery.DeliveryFailure;
import vn.lienket.notification.delivery.Receipt;
import vn.lienket.notification.delivery.Transport;
import vn.lienket.notification.directory.Channel;
import vn.lienket.sms.SegmentedSms;
import vn.lienket.sms.SmsEncoding;
import vn.lienket.sms.SmsSegmenter;

/**
 * Submits SMS to the SMSC over one bound transceiver session, kept alive by enquire_link, bound on
 * first use and bound again after it drops, with back-off between failed binds (1 s doubling to
 * 30 s), so an SMSC that is away is not hammered. Throttling (ESME_RTHROTTLED, ESME_RMSGQFUL) and a
 * missing bind are transient. Delivery receipts that arrive on the session are published as
 * {@link Receipt}s; they name the message ids the submits returned.
 */
@Component
class SmppTransport implements Transport, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmppTransport.class);
    private static final int ESME_RMSGQFUL = 0x14;
    private static final int ESME_RTHROTTLED = 0x58;

    private static final int ESME_RINVCMDID = 0x03;
    private static final long FIRST_REBIND_MS = 1_000;
    private static final long MAX_REBIND_MS = 30_000;

    private final SmsProperties properties;
    private final ApplicationEventPublisher events;
    private final AtomicInteger references = new AtomicInteger();
    private SMPPSession session;
    private long rebindDelay = 0;
    private long nextBindAt = 0;

    SmppTransport(SmsProperties properties, ApplicationEventPublisher events) {
        this.properties = properties;
        this.events = events;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public synchronized Transport.Accepted send(Delivery delivery) throws DeliveryFailure {
        SegmentedSms sms = SmsSegmenter.segment(delivery.text());
        SMPPSession bound = bound();
        int reference = references.incrementAndGet() & 0xFF;
        List<String> ids = new ArrayList<>();
        ESMClass esm = sms.segments() == 1 ? new ESMClass()
                : new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
        GeneralDataCoding coding = new GeneralDataCoding(sms.encoding() == SmsEncoding.UCS2
                ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT);
        try {
            for (byte[] payload : sms.payloads(reference)) {
                SubmitSmResult result = bound.submitShortMessage("", TypeOfNumber.ALPHANUMERIC,
                        NumberingPlanIndicator.UNKNOWN, properties.brandname(), TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN, delivery.recipient().replace("+", ""), esm, (byte) 0, (byte) 1,
                        null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, coding,
                        (byte) 0, payload);
                ids.add(result.getMessageId());
            }
            return new Transport.Accepted(sms.segments() + " segment(s), " + sms.encoding() + ", SMSC ids " + ids, ids);
        } catch (NegativeResponseException e) {
            boolean transientRefusal = e.getCommandStatus() == ESME_RTHROTTLED || e.getCommandStatus() == ESME_RMSGQFUL;
            throw new DeliveryFailure("SMSC refused: status 0x" + Integer.toHexString(e.getCommandStatus()),
                    !transientRefusal, e);
        } catch (Exception e) {
            drop();
            throw new DeliveryFailure("SMSC: " + e, false, e);
        }
    }

    private SMPPSession bound() throws DeliveryFailure {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        drop();
        long now = System.currentTimeMillis();
        if (now < nextBindAt) {
            throw new DeliveryFailure("No SMSC bind at " + properties.host() + ":" + properties.port()
                    + "; next bind attempt in " + (nextBindAt - now) + " ms", false, null);
        }
        SMPPSession fresh = new SMPPSession();
        fresh.setEnquireLinkTimer((int) properties.enquireLinkInterval().toMillis());
        fresh.setTransactionTimer(properties.responseTimeout().toMillis());
        fresh.setMessageReceiverListener(new ReceiptListener());
        try {
            fresh.connectAndBind(properties.host(), properties.port(), new BindParameter(BindType.BIND_TRX,
                    properties.systemId(), properties.password(), "lienket", TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null));
            log.info("Bound to SMSC {}:{} as {}", properties.host(), properties.port(), properties.systemId());
            session = fresh;
            rebindDelay = 0;
            nextBindAt = 0;
            return fresh;
        } catch (IOException e) {
            fresh.unbindAndClose();
            rebindDelay = rebindDelay == 0 ? FIRST_REBIND_MS : Math.min(rebindDelay * 2, MAX_REBIND_MS);
            nextBindAt = System.currentTimeMillis() + rebindDelay;
            throw new DeliveryFailure("No SMSC bind at " + properties.host() + ":" + properties.port() + ": " + e.getMessage()
                    + "; next bind attempt in " + rebindDelay + " ms", false, e);
        }
    }

    /** Receipts from the SMSC become {@link Receipt} events; anything else on the session is refused. */
    private final class ReceiptListener implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (!deliverSm.isSmscDeliveryReceipt()) {
                throw new ProcessRequestException("Mobile-originated messages are not taken", ESME_RINVCMDID);
            }
            try {
                DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                events.publishEvent(new Receipt(receipt.getId(), receipt.getFinalStatus() == DeliveryReceiptState.DELIVRD,
                        receipt.getFinalStatus().name()));
            } catch (InvalidDeliveryReceiptException e) {
                log.warn("Unreadable delivery receipt: {}", e.getMessage());
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            // not used by the platform
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not taken", ESME_RINVCMDID);
        }
    }

    private void drop() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }

    @Override
    public synchronized void destroy() {
        drop();
    }
}
