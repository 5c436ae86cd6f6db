/** The page where people sign in, in Vietnamese: what a wrong password leaves on it, and what it says. */
package vn.lienket.identity.signin;
