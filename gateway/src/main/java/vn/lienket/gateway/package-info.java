/** The single public entry: routes to the services, checks the token, the tenant in the path and the role. */
package vn.lienket.gateway;
