/**
 * A member's plan as a document: its own plan read from a file into a preview matched to the master
 * plan and applied to its derived plan as if typed in, and a derived version written out as the
 * member's implementation plan citing the master plan it implements.
 */
package vn.lienket.province.documents;
