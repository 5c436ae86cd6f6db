/** First-start seed of the local stack: the 2024 programme, with 350/KH-UBND published as version 1. */
package vn.lienket.plan.seed;
