/**
 * Publishing: generated files into their folder, each replaced in one step so that a failure leaves
 * the previous file intact; and reports of diagnostics. Input: bytes and names. Output: files.
 */
package scot.pmo.publish;
