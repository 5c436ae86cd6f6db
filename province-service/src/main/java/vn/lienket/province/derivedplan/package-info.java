/** Derived plans: a province's implementation plan traced to a master plan, its pending changes and its revisions. */
package vn.lienket.province.derivedplan;
