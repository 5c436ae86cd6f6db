/**
 * What province-service knows of programmes, from their events: who is a member when, and the
 * latest published version of every plan, kept in the service's own database so that a member
 * that joins can catch up and the tenants survive a restart.
 */
package vn.lienket.province.programme;
