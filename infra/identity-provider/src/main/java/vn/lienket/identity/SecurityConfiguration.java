package vn.lienket.identity;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.lienket.identity.principals.TokenClaims;
import vn.lienket.identity.signin.RememberLogin;
import vn.lienket.support.security.DeniedRequests;
import vn.lienket.support.web.ProblemWriter;

/**
 * Five doors: the OAuth2 endpoints; the key-ring endpoints, for a platform admin's token only; the
 * identity API, for tokens of the platform's audience whose subject is not disabled (who may do
 * what is decided by the API itself); the public lists (the disabled principals, as public as the
 * JWKS; health; the API description); and the sign-in page people reach from the console.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(withDefaults()))
                // a browser without a session is sent to sign in, then back to its authorization request
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signingKeyAdmin(HttpSecurity http, JWKSource<SecurityContext> publishedKeys,
                                        @Qualifier("notDisabled") OAuth2TokenValidator<Jwt> notDisabled) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        http.securityMatcher("/signing-keys/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("platform-admin"))
                // the platform's tokens only, as for the identity API: a disabled admin rotates no key
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(platformTokens(publishedKeys, notDisabled))
                        .jwtAuthenticationConverter(converter)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The identity API: a resource server like every service, the role and tenant rules in the API's IdentityAccess. */
    @Bean
    @Order(3)
    SecurityFilterChain identityApi(HttpSecurity http, JWKSource<SecurityContext> publishedKeys,
                                    @Qualifier("notDisabled") OAuth2TokenValidator<Jwt> notDisabled,
                                    DeniedRequests denied) throws Exception {
        http.securityMatcher("/api/identity/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.decoder(platformTokens(publishedKeys, notDisabled)))
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
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain publicLists(HttpSecurity http) throws Exception {
        http.securityMatcher("/oauth2/disabled", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/login").permitAll().anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").failureHandler(new RememberLogin()));
        return http.build();
    }

    /** Verifies this provider's own tokens (the key-ring endpoints, OIDC user info) against its published keys. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> publishedKeys) {
        return NimbusJwtDecoder.withJwkSource(publishedKeys).build();
    }

    /** What the services accept, checked here the same way: expiry, the audience {@code lienket}, a subject not disabled. */
    private static JwtDecoder platformTokens(JWKSource<SecurityContext> publishedKeys, OAuth2TokenValidator<Jwt> notDisabled) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(publishedKeys).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(TokenClaims.AUDIENCE));
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(audience, notDisabled)));
        return decoder;
    }
}
