package vn.lienket.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tells the units that carry out the plans what changed: email over SMTP, SMS over SMPP, each delivery once. */
@SpringBootApplication(scanBasePackages = "vn.lienket")
@ConfigurationPropertiesScan
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
