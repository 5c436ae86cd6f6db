/**
 * Master plans over the years: the lead authority creates each in its programme (empty, or a copy of an earlier
 * plan), edits its header and draft, publishes immutable numbered versions with their changes, and closes it
 * when the work is done.
 */
package vn.lienket.plan.masterplan;
