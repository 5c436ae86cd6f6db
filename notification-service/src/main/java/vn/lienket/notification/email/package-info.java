/** Email over SMTP: UTF-8 text, Vietnamese subjects as RFC 2047. */
package vn.lienket.notification.email;
