/**
 * The picocli commands and what they share: each command parses its options, runs one workflow from
 * {@link scot.pmo.workflow} and prints what it gave; {@link scot.pmo.cli.ErrorHandler} turns what
 * stops a run into one message and an exit code. The only package that imports picocli.
 */
package scot.pmo.cli;
