/** An SMPP SMSC simulator: accepts binds and submit_sm, reassembles concatenated parts, shows what it received as JSON. */
package vn.lienket.localstack.smsc;
