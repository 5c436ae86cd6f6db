/** Vietnamese text compared as people type it, with or without diacritics: one module for every service that matches names and words. */
package vn.lienket.text;
