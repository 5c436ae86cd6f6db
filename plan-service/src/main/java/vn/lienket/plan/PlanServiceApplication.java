package vn.lienket.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Programmes, master plans and compliance: the lead authority's side of a cooperation programme. */
@SpringBootApplication(scanBasePackages = "vn.lienket")
@ConfigurationPropertiesScan
@EnableScheduling
public class PlanServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanServiceApplication.class, args);
    }
}
