package vn.lienket.support.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.lienket.access.Policies;
import vn.lienket.access.Policy;
import vn.lienket.access.Roles;
import vn.lienket.support.web.ProblemWriter;

/**
 * Every request but health and the API description needs a valid token, and passes the service's
 * access policy ({@link PolicyCheck}): the route decides who may call it, the service's
 * {@link ResourceRelations} how the caller stands to the data.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** This service's routes and who may call each, from the platform's one policy per service. */
    @Bean
    Policy accessPolicy(@Value("${spring.application.name}") String service) {
        return Policies.of(service);
    }

    @Bean
    PolicyCoverage accessPolicyCoverage(Policy accessPolicy) {
        return new PolicyCoverage(accessPolicy);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, DeniedRequests denied, Policy accessPolicy,
                                    ObjectProvider<ResourceRelations> relations) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                                .access(platformAdmin())
                        // the API description is public, as the gateway's is: it names endpoints, never data
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .anyRequest().access(new PolicyCheck(accessPolicy,
                                relations.getIfAvailable(() -> ResourceRelations.NONE_KNOWN))))
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((request, response, e) -> {
                            denied.record(request, 401, e.getMessage());
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "A valid bearer token is required", e.getMessage());
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            String reason = e instanceof AuthorizationDeniedException refused
                                    && refused.getAuthorizationResult() instanceof PolicyCheck.Refusal why
                                    ? why.reason() : e.getMessage();
                            denied.record(request, 403, reason);
                            ProblemWriter.write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed", reason);
                        }))
                .build();
    }

    /** The scrape endpoint and the metrics are for those who run the platform: a platform admin's token, else 401/403. */
    private static AuthorizationManager<RequestAuthorizationContext> platformAdmin() {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() instanceof JwtAuthenticationToken token
                        && Caller.of(token.getToken()).hasRole(Roles.PLATFORM_ADMIN));
    }

    /** Paths the firewall refuses (encoded slashes, "..", ";", over-long or odd characters): 400 problem. */
    @Bean
    RequestRejectedHandler rejectedAsProblem() {
        return (request, response, e) -> ProblemWriter.write(response, HttpStatus.BAD_REQUEST, "rejected-path",
                "Bad request", "The path is not acceptable: " + e.getMessage());
    }

    /**
     * Tomcat would answer an encoded slash ({@code %2F}) itself, as an HTML page; passed through,
     * it reaches the firewall above and is refused as a problem like any other odd path.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }
}
