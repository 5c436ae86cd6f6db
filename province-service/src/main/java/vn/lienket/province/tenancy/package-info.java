/** Province tenants: which this process hosts, and each one's own database. */
package vn.lienket.province.tenancy;
