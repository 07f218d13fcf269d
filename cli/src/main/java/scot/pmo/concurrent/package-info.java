/** Spreading a stage's work over the machine's cores. */
package scot.pmo.concurrent;
