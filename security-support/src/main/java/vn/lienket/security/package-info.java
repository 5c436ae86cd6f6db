/** Token checks the gateway and the services share: disabled clients and people are refused. */
package vn.lienket.security;
