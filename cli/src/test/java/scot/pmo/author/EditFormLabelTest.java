package scot.pmo.author;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditFormLabelTest {

  @Test
  void aFieldIsLabelledInWordsWithItsInitialismsInCapitals() {
    assertThat(EditForm.label("title_in_text")).isEqualTo("Title in text");
    assertThat(EditForm.label("rag")).isEqualTo("RAG");
    assertThat(EditForm.label("rag_reason")).isEqualTo("RAG reason");
    assertThat(EditForm.label("repository_url")).isEqualTo("Repository URL");
    assertThat(EditForm.label("storage")).isEqualTo("Storage");
  }
}
