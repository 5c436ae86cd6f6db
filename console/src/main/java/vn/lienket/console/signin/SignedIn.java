package vn.lienket.console.signin;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The signed-in person of the current request and their access token, read from the session. */
@Component
public class SignedIn {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final OAuth2AuthorizedClientRepository tokens;

    SignedIn(OAuth2AuthorizedClientRepository tokens) {
        this.tokens = tokens;
    }

    /** The access token to call the API with; {@link SignInAgain} when there is none or it has expired. */
    public String accessToken() {
        OAuth2AuthorizedClient client = client();
        Instant expires = client.getAccessToken().getExpiresAt();
        if (expires != null && expires.isBefore(Instant.now().plusSeconds(5))) {
            throw new SignInAgain();
        }
        return client.getAccessToken().getTokenValue();
    }

    /** Who is signed in: the token's subject, tenant and roles (the token came from the identity provider itself). */
    public Person person() {
        JsonNode claims = claims(client().getAccessToken().getTokenValue());
        List<String> roles = claims.path("roles").valueStream().map(JsonNode::asString).toList();
        return new Person(claims.path("sub").asString(), claims.path("tenant").asString(), roles);
    }

    public boolean present() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && request() != null
                && tokens.loadAuthorizedClient(SecurityConfiguration.REGISTRATION, authentication, request()) != null;
    }

    private OAuth2AuthorizedClient client() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient client = authentication == null ? null
                : tokens.loadAuthorizedClient(SecurityConfiguration.REGISTRATION, authentication, request());
        if (client == null) {
            throw new SignInAgain();
        }
        return client;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }
}
