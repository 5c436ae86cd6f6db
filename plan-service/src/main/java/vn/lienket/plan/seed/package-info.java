/** First-start seed of the local stack: the fixture programmes, created through the programme service, each with its plan published as version 1. */
package vn.lienket.plan.seed;
