/** The local stack's identity provider: an OAuth2 authorization server issuing JWTs with tenant and roles. */
package vn.lienket.identity;
