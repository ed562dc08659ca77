/**
 * Page objects: each portal page the browser tests use, as its user works with it. A page object
 * holds the page's address (the only place a test names it), its locators and the waits for its
 * Ajax updates, and offers the user's steps and what the user sees, so that a test reads as those
 * steps. Fields a keyboard user tabs to are named by constants, since the keyboard tests must say
 * where focus goes.
 */
package fi.opeverkko.it.pages;
