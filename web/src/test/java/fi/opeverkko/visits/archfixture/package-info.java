/**
 * Deliberate violations of the architecture rules, one per class, for {@code RulesBiteTest}: test
 * classes, never analysed with the production code.
 */
package fi.opeverkko.visits.archfixture;
