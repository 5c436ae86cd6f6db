/** SMS over SMPP to the SMSC: a bound session kept alive, brandname sender, UCS-2 or GSM-7 segments. */
package vn.lienket.notification.sms;
