/** Drives the local stack ({@code ./platform}) from Java and reads its facts, for the suites and the bench. */
package vn.lienket.localplatform;
