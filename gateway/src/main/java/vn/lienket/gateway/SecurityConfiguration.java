package vn.lienket.gateway;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.observation.SecurityObservationSettings;
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
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.lienket.gateway.edge.EdgeProperties;
import vn.lienket.access.ArchivedWrite;
import vn.lienket.access.Archives;
import vn.lienket.security.DisabledPrincipalsConfiguration;
import vn.lienket.security.SuccessionsConfiguration;
import vn.lienket.gateway.edge.Problems;

@Configuration(proxyBeanMethods = false)
@Import({DisabledPrincipalsConfiguration.class, SuccessionsConfiguration.class})
class SecurityConfiguration {

    /** The write refused as one to or by an archive, noted for the 403 problem that names the successor. */
    static final String ARCHIVED_WRITE = SecurityConfiguration.class.getName() + ".archivedWrite";

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

    /**
     * No observation of Spring Security's own: it wraps each of its filters, the authentication and
     * the authorization of every request in observations of their own (timers, spans), which cost the
     * gateway a tenth of its CPU per request and say nothing the request's own observation
     * ({@code http.server.requests}) and the access log do not.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** What a browser signs in and out on at the identity provider (the route {@code identity-provider-sign-in}). */
    static final String[] SIGN_IN = {"/login", "/logout", "/oauth2/authorize", "/connect/logout", "/userinfo",
            "/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"};

    /**
     * The identity provider's sign-in pages, relayed as they are: the provider checks who may do what
     * (its own session, CSRF token and login form), so the gateway checks no token here and answers
     * none of them itself (no logout of its own). The sign-in page's styles are inline, and its form
     * ends in a redirect to the console's own address: the policy allows the one, and names no
     * {@code form-action} so as not to block the other.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityWebFilterChain signIn(ServerHttpSecurity http) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(SIGN_IN))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.maxAge(java.time.Duration.ofDays(365))))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(ex -> ex.anyExchange().permitAll())
                .build();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, EdgeProperties edge, Archives archives) {
        return http
                .cors(c -> c.configurationSource(cors(edge)))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.maxAge(java.time.Duration.ofDays(365))))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // every call carries its bearer token: no session to load the context from, no request to
                // save for after a sign-in (each would make a web session per request, to throw it away)
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(ex -> ex
                        .pathMatchers("/oauth2/token", "/oauth2/jwks", "/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/actuator/prometheus").access(when((jwt, context) -> EdgeAccess.isPlatformAdmin(jwt)))
                        // every route of every service: that service's policy, decided without its data
                        .pathMatchers("/api/**").access(when((jwt, context) -> admits(jwt, context, archives)))
                        .anyExchange().denyAll())
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((exchange, e) -> {
                            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
                            return problem(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "A valid bearer token is required");
                        })
                        .accessDeniedHandler((exchange, e) -> forbidden(exchange)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((exchange, ex) -> problem(exchange, HttpStatus.UNAUTHORIZED,
                                "unauthenticated", "A valid bearer token is required"))
                        .accessDeniedHandler((exchange, ex) -> forbidden(exchange)))
                .build();
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> when(BiPredicate<Jwt, AuthorizationContext> rule) {
        return (authentication, context) -> authentication
                .filter(JwtAuthenticationToken.class::isInstance)
                .<AuthorizationResult>map(a -> new AuthorizationDecision(
                        rule.test(((JwtAuthenticationToken) a).getToken(), context)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    /** The service's policy, decided without its data, and the succession map; a write to or by an archive is noted. */
    private static boolean admits(Jwt jwt, AuthorizationContext context, Archives archives) {
        ServerWebExchange exchange = context.getExchange();
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        EdgeAccess.Decision decision = EdgeAccess.decide(jwt, method, path, archives);
        if (decision.archived() != null) {
            exchange.getAttributes().put(ARCHIVED_WRITE, decision.archived());
        }
        return decision.admitted();
    }

    /** 403: as {@code authority-merged}, naming the successor and the day, when the write was to or by an archive. */
    private static Mono<Void> forbidden(ServerWebExchange exchange) {
        ArchivedWrite archived = exchange.getAttribute(ARCHIVED_WRITE);
        if (archived != null) {
            return Problems.write(exchange, HttpStatus.FORBIDDEN, ArchivedWrite.PROBLEM, ArchivedWrite.TITLE,
                    archived.detail(), Map.of("successor", archived.successor(),
                            "effectiveOn", archived.effectiveOn()));
        }
        return problem(exchange, HttpStatus.FORBIDDEN, "forbidden", "This token may not do this");
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
