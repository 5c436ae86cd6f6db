package vn.lienket.support.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import vn.lienket.access.ArchivedWrite;
import vn.lienket.access.Archives;
import vn.lienket.access.Policies;
import vn.lienket.access.Policy;
import vn.lienket.access.Roles;
import vn.lienket.support.web.ProblemWriter;

/**
 * Every request but health and the API description needs a valid token, and passes the service's
 * access policy ({@link PolicyCheck}): the route decides who may call it, the service's
 * {@link ResourceRelations} how the caller stands to the data, the succession map
 * ({@link Archives}, read from {@code lienket.authorities.v1}) which authorities are archives.
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
                                    ObjectProvider<ResourceRelations> relations, ObjectProvider<Archives> archives)
            throws Exception {
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
                                relations.getIfAvailable(() -> ResourceRelations.NONE_KNOWN),
                                archives.getIfAvailable(() -> Archives.NONE))))
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((request, response, e) -> {
                            denied.record(request, 401, e.getMessage());
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "A valid bearer token is required", e.getMessage());
                        })
                        .accessDeniedHandler((request, response, e) -> forbidden(denied, request, response, e)))
                .build();
    }

    /**
     * The 403 problem, its reason on the denied-requests trail: {@code authority-merged}, naming the
     * successor and the day, when the write was to or by an archive; {@code forbidden} otherwise.
     */
    static void forbidden(DeniedRequests denied, HttpServletRequest request, HttpServletResponse response,
                          AccessDeniedException e) throws IOException {
        PolicyCheck.Refusal why = e instanceof AuthorizationDeniedException refused
                && refused.getAuthorizationResult() instanceof PolicyCheck.Refusal r ? r : null;
        String reason = why != null ? why.reason() : e.getMessage();
        denied.record(request, 403, reason);
        ArchivedWrite archived = why == null ? null : why.archived().orElse(null);
        if (archived != null) {
            ProblemWriter.write(response, HttpStatus.FORBIDDEN, ArchivedWrite.PROBLEM, ArchivedWrite.TITLE, reason,
                    Map.of("successor", archived.successor(), "effectiveOn", archived.effectiveOn()));
        } else {
            ProblemWriter.write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed", reason);
        }
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
