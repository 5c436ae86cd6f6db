package vn.lienket.province;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Derived plans of member provinces, each province a tenant with its own database and consumer group. */
@SpringBootApplication(scanBasePackages = "vn.lienket")
@ConfigurationPropertiesScan
public class ProvinceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProvinceServiceApplication.class, args);
    }
}
