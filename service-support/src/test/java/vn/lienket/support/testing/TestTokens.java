package vn.lienket.support.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Signs test tokens with a key whose JWKS is served over real HTTP, so services validate them
 * exactly as they validate the identity provider's.
 */
public final class TestTokens {

    private static RSAKey key;
    private static String jwksUri;

    private TestTokens() {
    }

    public static synchronized String jwksUri() {
        if (key == null) {
            try {
                key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
                byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/oauth2/jwks", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    exchange.getResponseBody().write(jwks);
                    exchange.close();
                });
                server.setExecutor(null);
                server.start();
                jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return jwksUri;
    }

    /** The audience the platform's tokens are for, which every service and the gateway require. */
    public static final String AUDIENCE = "lienket";

    /** A client-credentials token of the tenant's system with these roles. */
    public static String token(String tenant, String... roles) {
        jwksUri();
        return sign(claims(tenant, roles).build(), key);
    }

    /** A token that expired ten minutes ago (beyond the validators' clock skew). */
    public static String expired(String tenant, String... roles) {
        jwksUri();
        return sign(claims(tenant, roles).issueTime(Date.from(Instant.now().minusSeconds(1800)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600))).build(), key);
    }

    /** A token for another audience: valid in every other way. */
    public static String forAudience(String audience, String tenant, String... roles) {
        jwksUri();
        return sign(claims(tenant, roles).audience(audience).build(), key);
    }

    /** A well-formed token signed by a key the JWKS does not hold, under the key id it does. */
    public static String signedByAnotherKey(String tenant, String... roles) {
        jwksUri();
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(claims(tenant, roles).build(), other);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims(String tenant, String... roles) {
        return new JWTClaimsSet.Builder()
                .subject(tenant)
                .issuer("http://127.0.0.1/test-issuer")
                .audience(AUDIENCE)
                .claim("tenant", tenant)
                .claim("roles", List.of(roles))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
