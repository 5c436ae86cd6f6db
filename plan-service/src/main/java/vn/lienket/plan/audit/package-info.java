/** How the plan service serves its audit trails: newest first, a page at a time. */
package vn.lienket.plan.audit;
