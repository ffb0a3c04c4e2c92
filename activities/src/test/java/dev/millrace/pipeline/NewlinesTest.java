package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NewlinesTest {
  @Property(tries = 2000)
  void findsTheSameNewlineAsAByteByByteSearch(@ForAll("bytesNearNewlines") byte[] bytes,
      @ForAll @IntRange(min = 0, max = 40) int from, @ForAll @IntRange(min = 0, max = 40) int shortBy) {
    int start = Math.min(from, bytes.length);
    int end = Math.max(start, bytes.length - shortBy);

    assertThat(Newlines.indexOf(bytes, start, end)).isEqualTo(byteByByte(bytes, start, end));
  }

  @Test
  void aNewlineAfterAZeroByteIsFoundAtItsOwnPlace() {
    byte[] bytes = {0x0B, 0x0B, 0x0B, '\n', 0x0B, '\n', 0, 0};

    assertThat(Newlines.indexOf(bytes, 0, bytes.length)).isEqualTo(3);
    assertThat(Newlines.indexOf(bytes, 4, bytes.length)).isEqualTo(5);
    assertThat(Newlines.indexOf(bytes, 6, bytes.length)).isEqualTo(8);
  }

  /** Bytes one bit or one borrow away from a newline, where a wrong zero-byte test would go astray. */
  @Provide
  Arbitrary<byte[]> bytesNearNewlines() {
    return Arbitraries.of((byte) '\n', (byte) 0x0B, (byte) 0x09, (byte) 0x8A, (byte) 0x00, (byte) 0xFF, (byte) 'a')
        .array(byte[].class).ofMaxSize(80);
  }

  private static int byteByByte(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return to;
  }
}
