/** What every page shares: dates and statuses in Vietnamese, refusals in plain words, the person in the model, errors. */
package vn.lienket.console.web;
