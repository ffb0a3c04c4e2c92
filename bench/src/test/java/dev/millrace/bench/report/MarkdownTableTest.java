package dev.millrace.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {
  @Test
  void rendersHeaderSeparatorAndRowsWithEscapedPipes() {
    String table = new MarkdownTable("name", "docs/s").row("a|b", 12).row("c", null).render();

    assertThat(table).isEqualTo("| name | docs/s |\n|---|---|\n| a\\|b | 12 |\n| c |  |\n");
  }

  @Test
  void refusesRowsOfTheWrongWidth() {
    MarkdownTable table = new MarkdownTable("one", "two");

    assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells").hasMessageContaining("2 columns");
    assertThat(table.rowCount()).isZero();
  }
}
