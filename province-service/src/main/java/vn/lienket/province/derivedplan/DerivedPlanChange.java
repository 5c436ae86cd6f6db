package vn.lienket.province.derivedplan;

import java.util.List;

import vn.lienket.contracts.IntegrationEvent;

/** A derived plan's new state and the events it causes, stored together in one write. */
record DerivedPlanChange(DerivedPlan plan, List<IntegrationEvent> events) {
}
