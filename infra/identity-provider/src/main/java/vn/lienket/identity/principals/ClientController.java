package vn.lienket.identity.principals;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;

/**
 * The clients, for platform admins ({@link IdentityAccess#requirePlatformAdmin}): register (the
 * secret is answered once), list, read (never the secret), rotate the secret, disable.
 */
@RestController
@RequestMapping("/api/identity/clients")
class ClientController {

    private final ClientRegistry clients;

    ClientController(ClientRegistry clients) {
        this.clients = clients;
    }

    /** 201 with the client and its secret, shown this once; 409 naming {@code clientId} when it is taken. */
    @PostMapping
    ResponseEntity<ClientRegistry.Issued> register(@RequestBody ClientRegistry.Registration registration) {
        ClientRegistry.Issued issued = clients.register(Caller.current(), registration);
        return ResponseEntity.created(URI.create("/api/identity/clients/" + issued.client().clientId())).body(issued);
    }

    @GetMapping
    List<ClientRegistry.ClientView> list() {
        return clients.list(Caller.current());
    }

    @GetMapping("/{clientId}")
    ClientRegistry.ClientView get(@PathVariable String clientId) {
        return clients.get(Caller.current(), clientId);
    }

    /** A new secret, shown this once; the old one is refused from now on. */
    @PostMapping("/{clientId}/secret")
    ClientRegistry.Issued rotateSecret(@PathVariable String clientId) {
        return clients.rotateSecret(Caller.current(), clientId);
    }

    /** No new token from now on; tokens it holds are refused by every service within the list's refresh. */
    @PostMapping("/{clientId}/disable")
    ClientRegistry.ClientView disable(@PathVariable String clientId) {
        return clients.disable(Caller.current(), clientId);
    }
}
