/**
 * The daemon: a JVM kept running in the background, one per folder that pmo runs in, which takes
 * later commands from there already started and warm, as Gradle's daemon does. {@code DaemonClient}
 * is what the launcher runs; it hands the command line, the environment and the terminal's
 * particulars to the daemon over a Unix domain socket, which only the user can reach, and prints
 * what comes back. A command that asks questions, or serves, runs in a process of its own as
 * before.
 */
package scot.pmo.cli.daemon;
