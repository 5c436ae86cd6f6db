/** The events that cross service lines: topics, CloudEvents headers, payloads and plan changes; owned by their producers. */
package vn.lienket.contracts;
