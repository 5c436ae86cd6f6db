package vn.lienket.localstack.smsc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack's SMSC: binds any ESME, accepts {@code submit_sm}, reassembles concatenated
 * messages and serves them at {@code GET /messages} (and {@code DELETE /messages} to clear).
 * Where a submit asks for a receipt, a {@code deliver_sm} receipt follows shortly: DELIVRD, or
 * UNDELIV for a number marked undeliverable. Faults, for tests and drills:
 * {@code POST /faults/throttle?count=N} answers the next N submits ESME_RTHROTTLED;
 * {@code POST /faults/undeliverable?recipient=+84…} makes a number's receipts UNDELIV;
 * {@code DELETE /faults} clears both.
 * Usage: {@code SmscSimulator <smpp-port> <http-port>}. SMPP listens on every interface; the HTTP API on
 * loopback only, unless {@code SMSC_API_HOST} names another address to bind it to (a container's
 * {@code 0.0.0.0}, so that its health check and the tests reach it from outside).
 */
public final class SmscSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmscSimulator.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final int ESME_RTHROTTLED = 0x58;
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration RECEIPT_DELAY = Duration.ofMillis(300);

    private final List<ReceivedSms> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final Set<String> undeliverable = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService receipts = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "smsc-receipts");
        thread.setDaemon(true);
        return thread;
    });
    private final Reassembly reassembly = new Reassembly();
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final SMPPServerSessionListener smpp;
    private final HttpServer http;

    public SmscSimulator(int smppPort, int httpPort) throws IOException {
        this(smppPort, LOOPBACK, httpPort);
    }

    public SmscSimulator(int smppPort, String apiHost, int httpPort) throws IOException {
        smpp = new SMPPServerSessionListener(smppPort);
        http = HttpServer.create(new InetSocketAddress(apiHost, httpPort), 0);
        http.createContext("/messages", this::messages);
        http.createContext("/faults", this::faults);
        http.createContext("/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
    }

    public static void main(String[] args) throws Exception {
        String apiHost = System.getenv().getOrDefault("SMSC_API_HOST", LOOPBACK);
        SmscSimulator smsc = new SmscSimulator(Integer.parseInt(args[0]), apiHost, Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(smsc::close));
        smsc.start();
        log.info("SMSC listening: SMPP on {}, messages at http://{}:{}/messages", args[0], apiHost, args[1]);
        Thread.currentThread().join();
    }

    public void start() {
        http.start();
        Thread acceptor = new Thread(this::acceptSessions, "smsc-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public List<ReceivedSms> received() {
        return List.copyOf(received);
    }

    /** The next {@code count} submits are refused with ESME_RTHROTTLED, as a busy operator does. */
    public void throttleNext(int count) {
        throttleNext.set(count);
    }

    /** Receipts for this number say UNDELIV: the phone is off for good, or the number is gone. */
    public void undeliverable(String recipient) {
        undeliverable.add(recipient);
    }

    public void clearFaults() {
        throttleNext.set(0);
        undeliverable.clear();
    }

    private void acceptSessions() {
        while (true) {
            try {
                SMPPServerSession session = smpp.accept();
                session.setMessageReceiverListener(new Receiver(this::onSubmit));
                sessions.submit(() -> bind(session));
            } catch (IOException e) {
                log.info("SMSC stopped accepting: {}", e.getMessage());
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(10_000);
            request.accept(request.getSystemId(), InterfaceVersion.IF_34);
            log.info("ESME {} bound ({})", request.getSystemId(), request.getBindType());
        } catch (Exception e) {
            log.warn("Bind failed: {}", e.toString());
            session.close();
        }
    }

    private SubmitSmResult onSubmit(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            log.info("Throttling a submit to +{}", submit.getDestAddress());
            throw new ProcessRequestException("Throttled", ESME_RTHROTTLED);
        }
        boolean udhi = GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass());
        String recipient = "+" + submit.getDestAddress();
        reassembly.add(session.getSessionId(), submit.getSourceAddr(), recipient,
                submit.getDataCoding(), udhi, submit.getShortMessage()).ifPresent(sms -> {
                    received.add(sms);
                    log.info("SMS to {} from {}: {} segment(s)", sms.recipient(), sms.sender(), sms.segments());
                });
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        if ((submit.getRegisteredDelivery() & 0x03) != 0) {
            Date submitted = new Date();
            receipts.schedule(() -> receipt(session, submit, id, submitted,
                    undeliverable.contains(recipient) ? DeliveryReceiptState.UNDELIV : DeliveryReceiptState.DELIVRD),
                    RECEIPT_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
        try {
            return new SubmitSmResult(new MessageId(id), null);
        } catch (PDUStringException e) {
            throw new IllegalStateException(e);
        }
    }

    private void receipt(SMPPServerSession session, SubmitSm submit, String id, Date submitted, DeliveryReceiptState state) {
        boolean delivered = state == DeliveryReceiptState.DELIVRD;
        DeliveryReceipt receipt = new DeliveryReceipt(id, 1, delivered ? 1 : 0, submitted, new Date(), state,
                delivered ? "000" : "001", "");
        try {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                    submit.getDestAddress(), TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                    submit.getSourceAddr(), new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT,
                            GSMSpecificFeature.DEFAULT), (byte) 0, (byte) 0, new RegisteredDelivery(0),
                    new GeneralDataCoding(Alphabet.ALPHA_DEFAULT), receipt.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            log.warn("Receipt {} for {} not delivered to the ESME: {}", state, id, e.toString());
        }
    }

    private void faults(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
        String method = exchange.getRequestMethod();
        if (method.equals("DELETE") && path.equals("/faults")) {
            clearFaults();
            respond(exchange, 204, null);
        } else if (method.equals("POST") && path.equals("/faults/throttle") && query.matches("count=\\d{1,6}")) {
            throttleNext(Integer.parseInt(query.substring("count=".length())));
            respond(exchange, 204, null);
        } else if (method.equals("POST") && path.equals("/faults/undeliverable") && query.startsWith("recipient=")) {
            undeliverable(java.net.URLDecoder.decode(query.substring("recipient=".length()), StandardCharsets.UTF_8));
            respond(exchange, 204, null);
        } else {
            respond(exchange, 400, "{\"detail\":\"POST /faults/throttle?count=N, POST /faults/undeliverable?recipient=+84..., "
                    + "or DELETE /faults\"}");
        }
    }

    private void messages(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> respond(exchange, 200, JSON.writeValueAsString(received));
            case "DELETE" -> {
                received.clear();
                respond(exchange, 204, null);
            }
            default -> respond(exchange, 405, "{\"detail\":\"GET or DELETE\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            smpp.close();
        } catch (IOException e) {
            log.debug("Closing SMPP listener: {}", e.toString());
        }
        sessions.shutdownNow();
        receipts.shutdownNow();
    }
}
