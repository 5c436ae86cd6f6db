package vn.lienket.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import vn.lienket.support.security.DeniedRequests;

/**
 * The identity provider, with the parts of service-support it shares with the services: the store
 * client, problem responses and strict JSON, the clock, the API description. Not the services'
 * security chain (it has its own) nor their messaging.
 */
@SpringBootApplication(scanBasePackages = {"vn.lienket.identity", "vn.lienket.support.store", "vn.lienket.support.web",
        "vn.lienket.support.time", "vn.lienket.support.openapi"})
@ConfigurationPropertiesScan
@Import(DeniedRequests.class)
public class IdentityProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProviderApplication.class, args);
    }
}
