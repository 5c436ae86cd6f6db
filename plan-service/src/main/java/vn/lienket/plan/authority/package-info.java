/** The register of authorities: every provincial-level unit a programme can have as lead or member, as reference data. */
package vn.lienket.plan.authority;
