/** Compliance: per member and master version, who has been notified, who revised (on time or late) and who is overdue. */
package vn.lienket.plan.compliance;
