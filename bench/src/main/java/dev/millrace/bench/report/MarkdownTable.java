package dev.millrace.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A GitHub-flavoured Markdown table built row by row, so that every benchmark writes its figures in the
 * same readable form beside its charts. Cells are text; a '|' inside a cell is escaped.
 */
public final class MarkdownTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public MarkdownTable(List<String> headers) {
    if (headers.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.headers = List.copyOf(headers);
  }

  public MarkdownTable(String... headers) {
    this(List.of(headers));
  }

  /** Adds a row; it must have one cell per column. */
  public MarkdownTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + headers.size()
          + " columns (" + String.join(", ", headers) + ")");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(Objects.toString(cell, ""));
    }
    rows.add(row);
    return this;
  }

  public int rowCount() {
    return rows.size();
  }

  /** The table as Markdown, ending with a newline. */
  public String render() {
    StringBuilder out = new StringBuilder();
    line(out, headers);
    out.append('|');
    headers.forEach(h -> out.append("---|"));
    out.append('\n');
    rows.forEach(row -> line(out, row));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    out.append('\n');
  }
}
