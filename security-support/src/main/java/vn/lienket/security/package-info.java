/**
 * Token checks the gateway and the services share: disabled clients and people are refused; the
 * succession map says which authorities are archives today, and whose.
 */
package vn.lienket.security;
