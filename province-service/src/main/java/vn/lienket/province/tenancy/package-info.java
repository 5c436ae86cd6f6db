/** Province tenants: which this process hosts, learnt from programme membership at run time, and each one's own database. */
package vn.lienket.province.tenancy;
