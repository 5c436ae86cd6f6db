/** How a caller stands to the programme a request is about, for the access policy's checks. */
package vn.lienket.plan.access;
