/** The audit trail: who changed what and when, kept in the changed aggregate's own document. */
package vn.lienket.support.audit;
