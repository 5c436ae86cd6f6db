package vn.lienket.notification;

import java.io.IOException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import vn.lienket.localstack.smsc.SmscSimulator;
import vn.lienket.support.testing.TestPorts;

/** The mail server and SMSC a notification test sends to, on loopback ports of its choosing. */
public final class TestServers {

    private TestServers() {
    }

    public static GreenMail startMail(int smtpPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    public static SmscSimulator startSmsc(int smppPort) {
        try {
            SmscSimulator smsc = new SmscSimulator(smppPort, TestPorts.free());
            smsc.start();
            return smsc;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
