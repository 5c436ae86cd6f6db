package vn.lienket.notification.sms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.bean.Alphabet;
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
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.SubmitSmResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.lienket.notification.delivery.Delivery;
import vn.lienket.notification.delivery.DeliveryFailure;
import vn.lienket.notification.delivery.Transport;
import vn.lienket.notification.directory.Channel;
import vn.lienket.sms.SegmentedSms;
import vn.lienket.sms.SmsEncoding;
import vn.lienket.sms.SmsSegmenter;

/**
 * Submits SMS to the SMSC over one bound transceiver session, bound on first use and bound again
 * after it drops. Throttling (ESME_RTHROTTLED, ESME_RMSGQFUL) and a missing bind are transient.
 */
@Component
class SmppTransport implements Transport, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmppTransport.class);
    private static final int ESME_RMSGQFUL = 0x14;
    private static final int ESME_RTHROTTLED = 0x58;

    private final SmsProperties properties;
    private final AtomicInteger references = new AtomicInteger();
    private SMPPSession session;

    SmppTransport(SmsProperties properties) {
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public synchronized String send(Delivery delivery) throws DeliveryFailure {
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
            return sms.segments() + " segment(s), " + sms.encoding() + ", SMSC ids " + ids;
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
        SMPPSession fresh = new SMPPSession();
        fresh.setEnquireLinkTimer((int) properties.enquireLinkInterval().toMillis());
        fresh.setTransactionTimer(properties.responseTimeout().toMillis());
        try {
            fresh.connectAndBind(properties.host(), properties.port(), new BindParameter(BindType.BIND_TRX,
                    properties.systemId(), properties.password(), "lienket", TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null));
            log.info("Bound to SMSC {}:{} as {}", properties.host(), properties.port(), properties.systemId());
            session = fresh;
            return fresh;
        } catch (IOException e) {
            fresh.unbindAndClose();
            throw new DeliveryFailure("No SMSC bind at " + properties.host() + ":" + properties.port() + ": " + e.getMessage(),
                    false, e);
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
