/**
 * Short links from SMS alerts: {@code /l/{code}} asks notification-service which console page the
 * code stands for and redirects there, never to another host.
 */
package vn.lienket.console.links;
