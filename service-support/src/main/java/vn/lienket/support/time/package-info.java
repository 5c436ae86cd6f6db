/** Time as the programmes reckon it: due dates and quiet hours are in Asia/Ho_Chi_Minh. */
package vn.lienket.support.time;
