/**
 * Administration: programmes and their members, clients, people, successions and the parked
 * records of each service, for the platform admin (people also for an authority's admin). Every
 * page calls the same public API a system would; the API decides who may do what.
 */
package vn.lienket.console.admin;
