/** The programmes a person's authority leads or belongs to, with their plans and members. */
package vn.lienket.console.programmes;
