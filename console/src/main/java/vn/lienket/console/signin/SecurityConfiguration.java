package vn.lienket.console.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import vn.lienket.console.ConsoleProperties;

/**
 * Every page needs a signed-in person. Signing in is the authorization code flow with PKCE at the
 * identity provider (the console is its public client {@code console}); the tokens it returns stay
 * in this server's HTTP session, whose cookie page scripts cannot read. Forms carry a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REGISTRATION = "identity";

    @Bean
    SecurityFilterChain console(HttpSecurity http, ConsoleProperties properties,
                                OAuth2AuthorizedClientRepository tokens) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/console.css", "/console.js", "/favicon.svg", "/signed-out", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                // straight to the identity provider's sign-in page: there is only one way in
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION)
                        .authorizedClientRepository(tokens))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessHandler(new SignOutAtIdentity(properties.identityUrl())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self' "
                                + properties.identityUrl()))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The person's tokens belong to their session, and go when it ends. */
    @Bean
    OAuth2AuthorizedClientRepository tokens() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }
}
