/**
 * What a run of pmo was started with: its environment variables, whether it prints to a terminal,
 * and when it began. A run in a fresh process reads them from the process; a run in the daemon
 * ({@code scot.pmo.cli.daemon}) has them from the client that asked for it.
 */
package scot.pmo.run;
