package vn.lienket.contracts;

/**
 * An authority as the register knows it, carried in programme events so that consumers need not
 * ask for it: its id (a slug, {@code kien-giang}), official code, name, kind
 * ({@code PROVINCE} or {@code CENTRAL_CITY}) and its department that runs tourism, the default lead
 * unit of its activities and the first unit of its directory.
 */
public record AuthorityRef(String id, String code, String name, String kind, String tourismDepartment) {
}
