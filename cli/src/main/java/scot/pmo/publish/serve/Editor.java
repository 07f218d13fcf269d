package scot.pmo.publish.serve;

import java.util.List;
import scot.pmo.diff.ProgrammeDiff;
import scot.pmo.git.ContentCommit;
import scot.pmo.model.Catalogue;
import scot.pmo.model.Diagnostic;
import scot.pmo.validate.Schemas;

/** What the edit pages need of the programme as it now stands. */
public interface Editor {

  /** The kinds' schemas, from which the forms are made. */
  Schemas schemas();

  /** Every entity as last read, for the choices of ids. */
  Catalogue catalogue();

  /**
   * The problems the file {@code path} would have if it held {@code text}, checked against the rest
   * of the content as {@code pmo validate} checks it; nothing is written.
   */
  List<Diagnostic> check(String path, String text);

  /** What the content's changes since the last commit do to the programme, as pmo diff says it. */
  ProgrammeDiff changes();

  /** The files of {@code content/} changed since the last commit. */
  List<String> changedFiles();

  /** The branch the working tree is on. */
  String branch();

  /** Commits the content's changes with {@code message} on a new branch named from it. */
  ContentCommit.Committed commit(String message);
}
