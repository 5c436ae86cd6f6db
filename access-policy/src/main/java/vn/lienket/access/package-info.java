/**
 * Who may call which route, written once per service ({@link vn.lienket.access.PlanServiceAccess},
 * {@link vn.lienket.access.ProvinceServiceAccess}, {@link vn.lienket.access.NotificationServiceAccess},
 * and the gateway's own {@link vn.lienket.access.GatewayAccess}). Each service enforces its policy
 * on every request and refuses to start while a controller route has no rule; the gateway checks
 * the same rules coarsely (without the data), and each access matrix computes its expected cells
 * from them.
 */
package vn.lienket.access;
