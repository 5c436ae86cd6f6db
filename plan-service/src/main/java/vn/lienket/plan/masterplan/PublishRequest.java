package vn.lienket.plan.masterplan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Publish the draft as the next version; members must revise their derived plans by the due date. */
record PublishRequest(@NotNull LocalDate revisionDueDate, @Size(max = 2000) String summary) {
}
