/** Test infrastructure shared by the services' tests: embedded store and broker, real JWKS and tokens, an HTTP client. */
package vn.lienket.support.testing;
