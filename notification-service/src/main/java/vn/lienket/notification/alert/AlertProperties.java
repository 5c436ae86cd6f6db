package vn.lienket.notification.alert;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param smsSegmentBudget the most segments one alert SMS may take; longer texts are shortened to fit */
@ConfigurationProperties("lienket.notification")
public record AlertProperties(String senderEmail, @DefaultValue("2") int smsSegmentBudget) {
}
