package scot.pmo.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Problems collected across a run: de-duplicated, and sorted by place when read. */
public final class Diagnostics {

  private final Set<Diagnostic> all = Collections.synchronizedSet(new LinkedHashSet<>());

  public void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  public void addAll(Iterable<Diagnostic> diagnostics) {
    diagnostics.forEach(this::add);
  }

  /** Every problem, sorted by path, line, column. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> list;
    synchronized (all) {
      list = new ArrayList<>(all);
    }
    Collections.sort(list);
    return list;
  }

  public long count(Severity severity) {
    synchronized (all) {
      return all.stream().filter(d -> d.severity() == severity).count();
    }
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Whether this run fails: on errors, and under {@code strict} on warnings too. */
  public boolean fails(boolean strict) {
    return hasErrors() || (strict && count(Severity.WARNING) > 0);
  }
}
