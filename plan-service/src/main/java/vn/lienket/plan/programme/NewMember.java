package vn.lienket.plan.programme;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * An authority to add to a programme's members.
 *
 * @param joinedOn the first day it is a member; today (in Vietnam) when left out
 */
record NewMember(@Size(max = 80) String authorityId, LocalDate joinedOn) {
}
