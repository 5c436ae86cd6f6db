package vn.lienket.console.signin;

/** The person's token is gone or expired: they sign in again (silently, while the identity provider knows them). */
public class SignInAgain extends RuntimeException {

    public SignInAgain() {
        super("sign in again");
    }
}
