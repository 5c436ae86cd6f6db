/** Progress: what members report per activity, rolled up per master activity for the lead authority. */
package vn.lienket.plan.progress;
