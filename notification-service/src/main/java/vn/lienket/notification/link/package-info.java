/** Links to the console from alerts: its address, and the short codes an SMS carries ({@code /l/{code}}). */
package vn.lienket.notification.link;
