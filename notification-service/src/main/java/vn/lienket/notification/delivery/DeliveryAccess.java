package vn.lienket.notification.delivery;

import java.util.Set;

import com.mongodb.client.model.Filters;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.lienket.access.Policy;
import vn.lienket.access.Relation;
import vn.lienket.access.Roles;
import vn.lienket.notification.programme.Programmes;
import vn.lienket.support.security.Caller;
import vn.lienket.support.security.ResourceRelations;

/**
 * How a caller stands to deliveries, the one home of what the log, a single delivery and a resend
 * share; who may call which is notification-service's access policy. A delivery belongs to the
 * programme of its event and to the authority of its unit. The programme's lead is LEAD to it, the
 * authority a PARTY, nobody else anything: leading one programme gives no sight of another's
 * deliveries, even to a unit of an authority that is a member of both (HCMC leads the Mekong
 * programme and is a member of Hà Giang's). A delivery recorded before it carried its programme
 * is its authority's alone. The log's filters are resources too: {@code ?tenant=} an authority
 * (its lead is the lead of a programme it is part of), {@code ?programme=} a programme.
 */
@Component
class DeliveryAccess implements ResourceRelations {

    private final Programmes programmes;
    private final Deliveries deliveries;

    DeliveryAccess(Programmes programmes, Deliveries deliveries) {
        this.programmes = programmes;
        this.deliveries = deliveries;
    }

    @Override
    public Relation relationOf(Caller caller, Policy.Match match, HttpServletRequest request) {
        Scope scope = scopeOf(caller);
        String id = match.variables().get("id");
        if (id != null) {
            return deliveries.find(id).map(scope::relationTo).orElse(Relation.UNKNOWN);
        }
        Relation relation = Relation.PARTY;
        String authorityId = request.getParameter("tenant");
        if (authorityId != null) {
            relation = weaker(relation, authorityId.equals(scope.authority()) ? Relation.PARTY
                    : programmes.authoritiesOf(scope.led()).contains(authorityId) ? Relation.LEAD : Relation.NONE);
        }
        String programmeId = request.getParameter("programme");
        if (programmeId != null) {
            relation = weaker(relation, scope.leads(programmeId) ? Relation.LEAD
                    : programmes.withMember(scope.authority()).contains(programmeId)
                    || programmes.ledBy(scope.authority()).contains(programmeId) ? Relation.PARTY : Relation.NONE);
        }
        return relation;
    }

    private static Relation weaker(Relation a, Relation b) {
        return a == Relation.NONE || b == Relation.NONE ? Relation.NONE : a == Relation.LEAD && b == Relation.LEAD
                ? Relation.LEAD : Relation.PARTY;
    }

    /** What this caller sees of the log: the deliveries to its units, and, as coordinator, all of the programmes it leads. */
    Scope scopeOf(Caller caller) {
        Set<String> led = caller.hasRole(Roles.COORDINATOR) ? programmes.ledBy(caller.tenant()) : Set.of();
        return new Scope(caller.tenant(), led);
    }

    /** The deliveries an authority may see: those to its own units, and every one of the programmes it leads. */
    record Scope(String authority, Set<String> led) {

        Relation relationTo(Delivery delivery) {
            if (leads(delivery.programmeId())) {
                return Relation.LEAD;
            }
            return authority.equals(delivery.authorityId()) ? Relation.PARTY : Relation.NONE;
        }

        boolean leads(String programmeId) {
            return programmeId != null && led.contains(programmeId);
        }

        Bson filter() {
            return led.isEmpty() ? Filters.eq("authorityId", authority)
                    : Filters.or(Filters.eq("authorityId", authority), Filters.in("programmeId", led));
        }
    }
}
