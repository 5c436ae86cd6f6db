/** Signing people in at the identity provider and keeping their token in the server's session, never in the page. */
package vn.lienket.console.signin;
