package vn.lienket.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.lienket.notification.alert.AlertProperties;
import vn.lienket.notification.delivery.Delivery;
import vn.lienket.notification.delivery.DeliveryFailure;
import vn.lienket.notification.delivery.Transport;
import vn.lienket.notification.directory.Channel;

/**
 * Sends a delivery through the SMTP server, as text and HTML alternatives in UTF-8. A refused
 * recipient is permanent; a server away is transient.
 */
@Component
class EmailTransport implements Transport {

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader scan of the whole class
        // path on every multipart and every encoded header (jakartaee/mail-api#861): a fifth of
        // notification-service's CPU in the fan-out benchmark. Named here, it is one cached
        // Class.forName instead.
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private final JavaMailSender mail;
    private final AlertProperties properties;

    EmailTransport(JavaMailSender mail, AlertProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Transport.Accepted send(Delivery delivery) throws DeliveryFailure {
        try {
            MimeMessage message = mail.createMimeMessage();
            boolean html = delivery.html() != null;
            MimeMessageHelper helper = new MimeMessageHelper(message, html, "UTF-8");
            helper.setFrom(properties.senderEmail());
            helper.setTo(delivery.recipient());
            helper.setSubject(delivery.subject());
            if (html) {
                helper.setText(delivery.text(), delivery.html());
            } else {
                helper.setText(delivery.text());
            }
            message.setHeader("X-Lienket-Delivery", delivery.id());
            mail.send(message);
            return Transport.Accepted.of("accepted by SMTP server");
        } catch (MessagingException e) {
            throw new DeliveryFailure("Message cannot be built: " + e.getMessage(), true, e);
        } catch (MailAuthenticationException e) {
            throw new DeliveryFailure("SMTP authentication failed: " + e.getMessage(), false, e);
        } catch (MailSendException e) {
            boolean refused = e.getFailedMessages().values().stream().anyMatch(f -> f instanceof SendFailedException sf
                    && sf.getInvalidAddresses() != null && sf.getInvalidAddresses().length > 0);
            throw new DeliveryFailure("SMTP: " + e.getMessage(), refused, e);
        } catch (MailException e) {
            throw new DeliveryFailure("SMTP: " + e.getMessage(), false, e);
        }
    }
}
