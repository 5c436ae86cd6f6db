/** SMS text as a phone receives it: GSM-7 or UCS-2, split into concatenated segments with a UDH. */
package vn.lienket.sms;
