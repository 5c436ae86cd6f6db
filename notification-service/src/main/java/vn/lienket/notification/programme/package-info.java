/** The programmes as their events and published master plans tell them: who leads whom, who was a member when. */
package vn.lienket.notification.programme;
