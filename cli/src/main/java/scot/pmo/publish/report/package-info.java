/**
 * Validation reports for people and machines: text, JSON, GitHub annotations, SARIF and JUnit XML.
 */
package scot.pmo.publish.report;
