/** The directory of units per authority and their contact points. */
package vn.lienket.notification.directory;
