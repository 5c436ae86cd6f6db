package vn.lienket.notification.delivery;

import java.util.Set;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.lienket.notification.programme.Programmes;
import vn.lienket.support.security.Caller;
import vn.lienket.support.security.Roles;
import vn.lienket.support.web.ApiException;

/**
 * Who may see and resend which deliveries: the one home of the rule that the log, a single
 * delivery and a resend share. A delivery belongs to the programme of its event. The programme's
 * lead, with the coordinator role, sees all of that programme's deliveries and resends them; an
 * authority (any of its planners, viewers or coordinators) sees the deliveries to its own units.
 * Nothing else: leading one programme gives no sight of another's deliveries, even to a unit of
 * an authority that is a member of both (HCMC leads the Mekong programme and is a member of
 * Hà Giang's). A delivery recorded before it carried its programme is its authority's alone.
 */
@Component
class DeliveryAccess {

    private final Programmes programmes;

    DeliveryAccess(Programmes programmes) {
        this.programmes = programmes;
    }

    /** What this caller may see of the log; 403 for a caller with no role in any programme (a platform admin). */
    Scope scopeOf(Caller caller) {
        if (!caller.hasRole(Roles.COORDINATOR) && !caller.hasRole(Roles.PLANNER) && !caller.hasRole(Roles.VIEWER)) {
            throw ApiException.forbidden("Deliveries are for the authorities of a programme (coordinator, planner or viewer)");
        }
        Set<String> led = caller.hasRole(Roles.COORDINATOR) ? programmes.ledBy(caller.tenant()) : Set.of();
        return new Scope(caller.tenant(), led);
    }

    /** The deliveries an authority may see: those to its own units, and every one of the programmes it leads. */
    record Scope(String authority, Set<String> led) {

        boolean sees(Delivery delivery) {
            return authority.equals(delivery.authorityId())
                    || delivery.programmeId() != null && led.contains(delivery.programmeId());
        }

        boolean leads(String programmeId) {
            return programmeId != null && led.contains(programmeId);
        }

        Bson filter() {
            return led.isEmpty() ? Filters.eq("authorityId", authority)
                    : Filters.or(Filters.eq("authorityId", authority), Filters.in("programmeId", led));
        }
    }

    /** 403 unless the caller may see this delivery. */
    void requireSees(Scope scope, Delivery delivery) {
        if (!scope.sees(delivery)) {
            throw ApiException.forbidden(scope.authority() + " neither leads the programme of delivery " + delivery.id()
                    + " nor owns its unit");
        }
    }

    /** 403 unless the caller leads, as coordinator, the programme this delivery belongs to. */
    void requireResends(Scope scope, Delivery delivery) {
        requireSees(scope, delivery);
        if (!scope.leads(delivery.programmeId())) {
            throw ApiException.forbidden("Resending is for the lead coordinator of programme " + delivery.programmeId()
                    + ", which " + scope.authority() + " does not lead");
        }
    }

    /** 403 unless the caller may filter the log by this authority: itself, or a member of a programme it leads. */
    void requireMayFilterByAuthority(Scope scope, String authorityId) {
        if (!authorityId.equals(scope.authority()) && !programmes.authoritiesOf(scope.led()).contains(authorityId)) {
            throw ApiException.forbidden(scope.authority() + " does not lead a programme of " + authorityId);
        }
    }

    /** 403 unless the caller leads this programme or is a member of it (and then sees its own deliveries in it). */
    void requireMayFilterByProgramme(Scope scope, String programmeId) {
        if (!scope.leads(programmeId) && !programmes.withMember(scope.authority()).contains(programmeId)
                && !programmes.ledBy(scope.authority()).contains(programmeId)) {
            throw ApiException.forbidden(scope.authority() + " has no part in programme " + programmeId);
        }
    }
}
