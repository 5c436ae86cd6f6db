package vn.lienket.access;

/**
 * How the caller's authority stands to the resource a request is about, as the service's data
 * says: it leads the resource's programme, it is a party to it (a member of the programme, or the
 * authority the record belongs to), or neither. {@code UNKNOWN} where the data is not at hand: at
 * the gateway, or for a resource that does not exist (the service then answers 404).
 */
public enum Relation {
    LEAD, PARTY, NONE, UNKNOWN
}
