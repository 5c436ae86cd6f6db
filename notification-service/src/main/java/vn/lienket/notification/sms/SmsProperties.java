package vn.lienket.notification.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param brandname the alphanumeric sender, at most 11 characters (Vietnam's brandname rule) */
@ConfigurationProperties("lienket.sms")
public record SmsProperties(
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("2775") int port,
        String systemId,
        String password,
        @DefaultValue("LIENKET") String brandname,
        @DefaultValue("30s") Duration enquireLinkInterval,
        @DefaultValue("5s") Duration responseTimeout) {

    public SmsProperties {
        if (brandname.length() > 11) {
            throw new IllegalArgumentException("An SMS brandname has at most 11 characters: " + brandname);
        }
    }
}
