/** plan-service's use of the store as a whole: the indexes its queries need, created on start. */
package vn.lienket.plan.store;
