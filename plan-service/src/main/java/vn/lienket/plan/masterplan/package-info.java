/** Master plans: a draft edited by the lead authority, published as immutable numbered versions with their changes. */
package vn.lienket.plan.masterplan;
