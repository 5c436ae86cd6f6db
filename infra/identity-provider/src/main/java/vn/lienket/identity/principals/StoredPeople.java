package vn.lienket.identity.principals;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The people who sign in to the console, from the store; a disabled person cannot sign in. */
final class StoredPeople implements UserDetailsService {

    private final PrincipalStore store;

    StoredPeople(PrincipalStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Principal person = store.find(username, Principal.Kind.PERSON).map(v -> v.value())
                .orElseThrow(() -> new UsernameNotFoundException("No person " + username));
        return User.withUsername(person.id()).password(person.credential()).disabled(person.disabled())
                .roles(person.roles().toArray(String[]::new)).build();
    }
}
