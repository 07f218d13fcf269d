/**
 * The entry point of the command line, {@link scot.pmo.Main}, the only place that exits the
 * process.
 */
package scot.pmo;
