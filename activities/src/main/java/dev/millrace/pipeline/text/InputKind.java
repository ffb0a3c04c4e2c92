package dev.millrace.pipeline.text;

/** What an input record's content is, named by the JSON field that holds it. */
public enum InputKind {
  TEXT("text"), HTML("html"), EMAIL("email");

  private final String field;

  InputKind(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }
}
