package vn.lienket.support.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.lienket.support.web.ProblemWriter;

/** Every request but health needs a valid token; the tenant and role checks are made where the data is. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, DeniedRequests denied) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                                .access(platformAdmin())
                        // the API description is public, as the gateway's is: it names endpoints, never data
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((request, response, e) -> {
                            denied.record(request, 401, e.getMessage());
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "A valid bearer token is required", e.getMessage());
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            denied.record(request, 403, e.getMessage());
                            ProblemWriter.write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
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
