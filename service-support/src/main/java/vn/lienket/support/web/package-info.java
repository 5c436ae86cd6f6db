/** Errors as RFC 9457 problem details, naming the field that is wrong where there is one. */
package vn.lienket.support.web;
