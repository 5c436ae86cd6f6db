package vn.lienket.support.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every service's {@code /v3/api-docs} says besides its endpoints: the platform, the two ways
 * to hold a token (a bearer JWT, got by a system with client credentials at the gateway's
 * {@code /oauth2/token}), and the problem detail every error is. The server is the gateway,
 * relative, so the browsable UI it serves sends its calls back through it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer-jwt";
    static final String CLIENT_CREDENTIALS = "client-credentials";
    static final String PROBLEM = "ProblemDetail";

    @Bean
    OpenAPI platformApi(@Value("${spring.application.name}") String service,
                        @Value("${lienket.openapi.token-url:/oauth2/token}") String tokenUrl) {
        return new OpenAPI(SpecVersion.V31)
                .info(new Info().title("Liên Kết " + service).version("v1")
                        .description("Part of the Liên Kết platform for inter-provincial cooperation programmes. "
                                + "Every call goes through the gateway with a token for the caller's tenant; "
                                + "every error is an RFC 9457 problem (application/problem+json)."))
                .servers(List.of(new Server().url("/").description("the gateway")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An access token from the identity provider, audience lienket, "
                                        + "with the claims tenant and roles"))
                        .addSecuritySchemes(CLIENT_CREDENTIALS, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("An authority's system: its client id is its tenant id")
                                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(tokenUrl)
                                        .scopes(new Scopes()))))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(CLIENT_CREDENTIALS));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema error = new ObjectSchema()
                .addProperty("field", new StringSchema().example("revisionDueDate"))
                .addProperty("message", new StringSchema().example("must be a future date"));
        return new ObjectSchema()
                .description("RFC 9457 problem details; field names the input that is wrong, where there is one")
                .properties(Map.of(
                        "type", new StringSchema().format("uri").example("urn:lienket:problem:invalid-input"),
                        "title", new StringSchema().example("Invalid input"),
                        "status", new IntegerSchema().example(400),
                        "detail", new StringSchema().example("revisionDueDate must be a future date"),
                        "instance", new StringSchema().format("uri-reference"),
                        "field", new StringSchema().example("revisionDueDate"),
                        "errors", new ArraySchema().items(error)))
                .addRequiredItem("type").addRequiredItem("title").addRequiredItem("status");
    }
}
