/** What operators see of a service: the scrape endpoint's gauges, and the W3C trace that one publish carries from the gateway to every delivery. */
package vn.lienket.support.observability;
