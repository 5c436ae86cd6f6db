/** Pairs the activities of a member's document with the master plan's: by code, else by title, tolerant of lost diacritics. */
package vn.lienket.documents.match;
