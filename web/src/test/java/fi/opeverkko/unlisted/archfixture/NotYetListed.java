package fi.opeverkko.unlisted.archfixture;

/** A class of a context that has landed but is not in the rules' list yet. */
public class NotYetListed {}
