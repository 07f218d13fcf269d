package scot.pmo.git;

import java.util.Map;

/**
 * Some fields of one file as a commit that changed it left them: a row of a record's history.
 *
 * @param commit the commit
 * @param fields the value of each field asked for that the file gave as text or a number, by name;
 *     a field it left out, or gave as a list or mapping, is absent
 */
public record FieldVersion(HistoryEntry commit, Map<String, String> fields) {

  public FieldVersion {
    fields = Map.copyOf(fields);
  }
}
