package scot.pmo.author;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.pmo.model.Kind;
import scot.pmo.validate.Schemas;

/** A project's form from its schema, and a submitted form read back into the project's data. */
class FormValuesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final EditForm form = new EditForm(new Schemas());

  @Test
  void theFormFollowsTheSchema() throws Exception {
    ObjectNode data =
        (ObjectNode)
            JSON.readTree(
                "{\"title\":\"Synthetic\",\"status\":\"active\",\"rag_date\":\"2024-03\","
                    + "\"team\":[{\"role\":\"sponsor\",\"person\":\"alex-example\"}]}");
    List<EditForm.Field> fields = form.fields(Kind.PROJECT, data);
    EditForm.Field title = field(fields, "title");
    assertThat(title.required()).isTrue();
    assertThat(title.control()).isEqualTo(EditForm.Control.TEXT);
    EditForm.Field status = field(fields, "status");
    assertThat(status.control()).isEqualTo(EditForm.Control.CHOICE);
    assertThat(status.choices()).contains("active", "paused");
    assertThat(status.value()).isEqualTo("active");
    assertThat(field(fields, "rag_date").control()).isEqualTo(EditForm.Control.DATE);
    assertThat(field(fields, "summary").control()).isEqualTo(EditForm.Control.MARKDOWN);
    EditForm.Field team = field(fields, "team");
    assertThat(team.control()).isEqualTo(EditForm.Control.LIST);
    EditForm.Field member = team.children().get(0);
    assertThat(member.control()).isEqualTo(EditForm.Control.GROUP);
    EditForm.Field person = field(member.children(), "person");
    assertThat(person.pointer()).isEqualTo("/team/0/person");
    assertThat(person.control()).isEqualTo(EditForm.Control.REFERENCE);
    assertThat(person.targets()).isEqualTo("person");
    assertThat(field(member.children(), "role").required()).isTrue();
    assertThat(team.blank().pointer()).isEqualTo("/team/__i__");
    // the common definitions: sources' references name reference entities
    EditForm.Field sources = field(fields, "sources");
    assertThat(field(sources.blank().children(), "reference").targets()).isEqualTo("reference");
  }

  @Test
  void aSubmittedFormBecomesTheData() throws Exception {
    ObjectNode before =
        (ObjectNode)
            JSON.readTree(
                "{\"title\":\"Old\",\"unknown_field\":\"kept\",\"status\":\"active\","
                    + "\"scope\":[\"a\",\"b\"],\"anchor\":null}");
    List<EditForm.Field> fields = form.fields(Kind.PROJECT, before);
    ObjectNode after =
        FormValues.read(
            List.of(
                Map.entry("token", "ignored"),
                Map.entry("/title", "New"),
                Map.entry("/status", ""),
                Map.entry("/scope/0", "a"),
                Map.entry("/scope/2", "c\r\nsecond line"),
                Map.entry("/scope/3", " "),
                Map.entry("/scope/__i__", "template"),
                Map.entry("/team/1/role", "sponsor"),
                Map.entry("/team/1/person", "alex-example"),
                Map.entry("/team/4/role", ""),
                Map.entry("/rag", "amber")),
            fields,
            before);
    assertThat(after.toString())
        .isEqualTo(
            "{\"title\":\"New\",\"unknown_field\":\"kept\",\"scope\":[\"a\",\"c\\nsecond line\"],"
                + "\"anchor\":null,\"rag\":\"amber\",\"team\":[{\"role\":\"sponsor\",\"person\":\"alex-example\"}]}");
  }

  /**
   * Every sample file through its form unchanged: the values the form shows, sent back as a browser
   * sends them, write the file's own bytes again.
   */
  @Test
  void everySampleFileSentBackThroughItsFormKeepsItsBytes() throws Exception {
    int files = 0;
    for (java.nio.file.Path repo :
        List.of(
            scot.pmo.testing.TestRepos.REPO,
            scot.pmo.testing.TestRepos.REPO.resolve("examples/lgbf"))) {
      var loaded = new scot.pmo.load.ContentLoader(repo, scot.pmo.load.LoadLimits.DEFAULT).load();
      for (var entity : loaded.entities()) {
        List<EditForm.Field> fields = form.fields(entity.kind(), entity.data());
        List<Map.Entry<String, String>> sent = new java.util.ArrayList<>();
        fields.forEach(f -> send(f, sent));
        ObjectNode back = FormValues.read(sent, fields, entity.data());
        String text = java.nio.file.Files.readString(repo.resolve(entity.path()));
        String name = entity.path().substring(entity.path().lastIndexOf('/') + 1);
        assertThat(FieldWriter.write(name, text, back, entity.body()))
            .as(entity.path())
            .isEqualTo(text);
        files++;
      }
    }
    assertThat(files).isGreaterThan(80);
  }

  /** What a browser sends for a field: its value, or its items' and fields' values. */
  private static void send(EditForm.Field field, List<Map.Entry<String, String>> sent) {
    if (field.control() == EditForm.Control.LIST || field.control() == EditForm.Control.GROUP) {
      field.children().forEach(c -> send(c, sent));
    } else {
      sent.add(Map.entry(field.pointer(), field.value()));
    }
  }

  private static EditForm.Field field(List<EditForm.Field> fields, String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }
}
