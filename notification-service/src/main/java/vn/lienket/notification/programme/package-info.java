/** The programmes as their master plans were published: who leads whom. */
package vn.lienket.notification.programme;
