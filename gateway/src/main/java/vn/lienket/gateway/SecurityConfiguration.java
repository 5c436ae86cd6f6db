package vn.lienket.gateway;

import java.util.List;
import java.util.function.BiPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.lienket.gateway.edge.EdgeProperties;
import vn.lienket.gateway.edge.Problems;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The API's description and its browsable UI are public, as the endpoints they name are no
     * secret; the UI needs its own scripts and styles, so its pages get a policy that allows them
     * from the gateway itself, and nothing from elsewhere.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain apiDocumentation(ServerHttpSecurity http) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/swagger-ui.html",
                        "/swagger-ui/**", "/webjars/swagger-ui/**", "/v3/api-docs/swagger-config", "/api-docs/*"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(ex -> ex.anyExchange().permitAll())
                .build();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, EdgeProperties edge) {
        return http
                .cors(c -> c.configurationSource(cors(edge)))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.maxAge(java.time.Duration.ofDays(365))))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(ex -> ex
                        .pathMatchers("/oauth2/token", "/oauth2/jwks", "/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/actuator/prometheus").access(role(AccessRules.PLATFORM_ADMIN))
                        .pathMatchers("/api/provinces/{provinceId}", "/api/provinces/{provinceId}/**").access(province())
                        .pathMatchers("/api/master-plans/*/draft", "/api/master-plans/*/draft/**")
                                .access(role(AccessRules.COORDINATOR))
                        .pathMatchers(HttpMethod.POST, "/api/master-plans/*/versions").access(role(AccessRules.COORDINATOR))
                        .pathMatchers("/api/master-plans/*/compliance", "/api/master-plans/*/compliance/**",
                                "/api/master-plans/*/progress",
                                "/api/master-plans/*/audit").access(role(AccessRules.COORDINATOR))
                        .pathMatchers(HttpMethod.PUT, "/api/master-plans/*/reporting-deadline")
                                .access(role(AccessRules.COORDINATOR))
                        .pathMatchers("/api/notifications/authorities/{authority}/units",
                                "/api/notifications/authorities/{authority}/units/**").access(ownUnits())
                        .pathMatchers(HttpMethod.GET, "/api/notifications/templates", "/api/notifications/templates/**")
                                .access(tenant())
                        // the delivery log: a programme's lead and the unit's own authority; notification-service decides which
                        .pathMatchers(HttpMethod.GET, "/api/notifications/deliveries", "/api/notifications/deliveries/*")
                                .access(tenant())
                        .pathMatchers("/api/notifications/receipts/**").access(role(AccessRules.PLATFORM_ADMIN))
                        .pathMatchers("/api/notifications/**").access(role(AccessRules.COORDINATOR))
                        .pathMatchers("/api/operations/**").access(role(AccessRules.PLATFORM_ADMIN))
                        .pathMatchers("/api/**").access(tenant())
                        .anyExchange().denyAll())
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return problem(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "A valid bearer token is required");
                        })
                        .accessDeniedHandler((exchange, e) -> problem(exchange, HttpStatus.FORBIDDEN, "forbidden",
                                "This token may not do this")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((exchange, ex) -> problem(exchange, HttpStatus.UNAUTHORIZED,
                                "unauthenticated", "A valid bearer token is required"))
                        .accessDeniedHandler((exchange, ex) -> problem(exchange, HttpStatus.FORBIDDEN, "forbidden",
                                "This token may not do this")))
                .build();
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> province() {
        return when((jwt, context) -> AccessRules.mayReachProvince(jwt,
                (String) context.getVariables().get("provinceId"), context.getExchange().getRequest().getMethod()));
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> ownUnits() {
        return when((jwt, context) -> AccessRules.mayManageUnits(jwt,
                (String) context.getVariables().get("authority"), context.getExchange().getRequest().getMethod()));
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> role(String role) {
        return when((jwt, context) -> AccessRules.hasRole(jwt, role));
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> tenant() {
        return when((jwt, context) -> AccessRules.hasTenant(jwt));
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> when(BiPredicate<Jwt, AuthorizationContext> rule) {
        return (authentication, context) -> authentication
                .filter(JwtAuthenticationToken.class::isInstance)
                .<AuthorizationResult>map(a -> new AuthorizationDecision(
                        rule.test(((JwtAuthenticationToken) a).getToken(), context)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static Mono<Void> problem(ServerWebExchange exchange, HttpStatus status, String slug, String detail) {
        return Problems.write(exchange, status, slug, detail);
    }

    /** The web console's origins may call the API from a browser; nobody else's may. */
    private static CorsConfigurationSource cors(EdgeProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.consoleOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "X-Request-Id", "traceparent"));
        cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Request-Id"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
