package vn.lienket.localstack.smsc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack's SMSC: binds any ESME, accepts {@code submit_sm}, reassembles concatenated
 * messages and serves them at {@code GET /messages} (and {@code DELETE /messages} to clear).
 * Usage: {@code SmscSimulator <smpp-port> <http-port>}.
 */
public final class SmscSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmscSimulator.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ReceivedSms> received = new CopyOnWriteArrayList<>();
    private final Reassembly reassembly = new Reassembly();
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final SMPPServerSessionListener smpp;
    private final HttpServer http;

    public SmscSimulator(int smppPort, int httpPort) throws IOException {
        smpp = new SMPPServerSessionListener(smppPort);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        http.createContext("/messages", this::messages);
        http.createContext("/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
    }

    public static void main(String[] args) throws Exception {
        SmscSimulator smsc = new SmscSimulator(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(smsc::close));
        smsc.start();
        log.info("SMSC listening: SMPP on {}, messages at http://127.0.0.1:{}/messages", args[0], args[1]);
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

    private void acceptSessions() {
        while (true) {
            try {
                SMPPServerSession session = smpp.accept();
                session.setMessageReceiverListener(new Receiver(this::onSubmit, session));
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

    private SubmitSmResult onSubmit(SubmitSm submit, SMPPServerSession session) {
        boolean udhi = GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass());
        reassembly.add(session.getSessionId(), submit.getSourceAddr(), "+" + submit.getDestAddress(),
                submit.getDataCoding(), udhi, submit.getShortMessage()).ifPresent(sms -> {
                    received.add(sms);
                    log.info("SMS to {} from {}: {} segment(s)", sms.recipient(), sms.sender(), sms.segments());
                });
        try {
            return new SubmitSmResult(new MessageId(UUID.randomUUID().toString().substring(0, 8)), null);
        } catch (PDUStringException e) {
            throw new IllegalStateException(e);
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
    }
}
