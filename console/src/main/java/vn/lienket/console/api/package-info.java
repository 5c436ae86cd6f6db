/** The gateway's public API as pages call it: with the person's token, refusals as {@link vn.lienket.console.api.ApiProblem}. */
package vn.lienket.console.api;
