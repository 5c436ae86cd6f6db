/**
 * The lead authority's pages of a master plan: the plan, its compliance board (live, exported), the
 * progress chart, the draft editor with its conflicts made human, publishing with a preview, the
 * versions and their diff, and the audit trail. Every page reads the gateway's public API.
 */
package vn.lienket.console.plans;
