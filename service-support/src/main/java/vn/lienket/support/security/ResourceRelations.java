package vn.lienket.support.security;

import jakarta.servlet.http.HttpServletRequest;
import vn.lienket.access.Policy;
import vn.lienket.access.Relation;

/**
 * How a caller's authority stands to what a request is about, from the service's own data: the
 * one place a service answers "does it lead this programme, is it a party to this record". Asked
 * by the policy check only for routes whose audience depends on it.
 */
@FunctionalInterface
public interface ResourceRelations {

    /** A service without relation-dependent routes: nothing known, the roles decide. */
    ResourceRelations NONE_KNOWN = (caller, match, request) -> Relation.UNKNOWN;

    Relation relationOf(Caller caller, Policy.Match match, HttpServletRequest request);
}
