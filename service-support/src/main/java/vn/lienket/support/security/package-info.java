/** Every service is a resource server: it checks the token, then the caller's tenant and role against what it asks for. */
package vn.lienket.support.security;
