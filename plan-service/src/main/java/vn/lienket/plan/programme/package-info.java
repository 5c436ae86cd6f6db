/** Programmes: a standing cooperation with one lead authority and its members. */
package vn.lienket.plan.programme;
