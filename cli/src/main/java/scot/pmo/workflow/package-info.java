/**
 * One workflow per command, composed from the stages, and the {@link scot.pmo.workflow.Snapshot}
 * they take or make: one state of the programme (content, validation, graph), and the next state
 * after an edit of one file.
 */
package scot.pmo.workflow;
