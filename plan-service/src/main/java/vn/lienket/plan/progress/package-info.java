/** Progress: what members report per activity, rolled up per master activity and per reporting date for the lead authority. */
package vn.lienket.plan.progress;
