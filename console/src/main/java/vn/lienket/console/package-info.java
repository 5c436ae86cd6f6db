/** The web console: pages for the people who run a programme, over the gateway's public API. */
package vn.lienket.console;
