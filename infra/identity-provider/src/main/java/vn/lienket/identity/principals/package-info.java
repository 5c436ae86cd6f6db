/**
 * Who may get a token: the clients (one per authority's system) and the people who sign in to the
 * console, kept in the store, registered and changed through the identity API, every change audited.
 */
package vn.lienket.identity.principals;
