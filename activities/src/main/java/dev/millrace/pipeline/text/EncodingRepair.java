package dev.millrace.pipeline.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Undoes mojibake: UTF-8 bytes that were decoded as Latin-1 or Windows-1252 ("cafÃ©", "itâ€™s"). Each run of
 * non-ASCII characters that maps back to bytes forming valid UTF-8 is replaced by what those bytes say;
 * text that was really Latin-1 ("café") never forms valid multi-byte UTF-8 and is left alone. Repeats until
 * nothing changes, so doubly encoded text is repaired too and a second pass is a no-op.
 */
public final class EncodingRepair implements CleaningStep {
  private static final Map<Character, Byte> CP1252_HIGH = cp1252HighCharacters();

  @Override
  public String apply(String text, List<String> warnings) {
    String current = text;
    int repaired = 0;
    while (true) {
      String next = repairOnce(current);
      if (next.equals(current)) {
        break;
      }
      current = next;
      repaired++;
    }
    if (repaired > 0) {
      warnings.add("encoding: repaired mojibake (UTF-8 read as Latin-1/Windows-1252)"
          + (repaired > 1 ? ", " + repaired + " layers" : ""));
    }
    return current;
  }

  private static String repairOnce(String text) {
    StringBuilder out = null;
    int i = 0;
    int copiedUpTo = 0;
    while (i < text.length()) {
      if (byteOf(text.charAt(i)) < 0) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && byteOf(text.charAt(end)) >= 0) {
        end++;
      }
      String decoded = end - i >= 2 ? decodeUtf8(text, i, end) : null;
      if (decoded != null) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copiedUpTo, i).append(decoded);
        copiedUpTo = end;
      }
      i = end;
    }
    return out == null ? text : out.append(text, copiedUpTo, text.length()).toString();
  }

  /**
   * The byte a non-ASCII character stood for in Latin-1/Windows-1252, or -1 if it is not such a character.
   * ASCII, nearly every character, is settled before the map: its lookup was a sixth of the light steps' CPU.
   */
  private static int byteOf(char c) {
    if (c < 0x80) {
      return -1;
    }
    if (c <= 0xFF) {
      return c;
    }
    Byte b = CP1252_HIGH.get(c);
    return b == null ? -1 : b & 0xFF;
  }

  private static String decodeUtf8(String text, int start, int end) {
    ByteBuffer bytes = ByteBuffer.allocate(end - start);
    for (int i = start; i < end; i++) {
      bytes.put((byte) byteOf(text.charAt(i)));
    }
    bytes.flip();
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = strict.decode(bytes);
      return decoded.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Map<Character, Byte> cp1252HighCharacters() {
    Charset cp1252 = Charset.forName("windows-1252");
    Map<Character, Byte> map = new HashMap<>();
    for (int b = 0x80; b <= 0x9F; b++) {
      String decoded = new String(new byte[] {(byte) b}, cp1252);
      char c = decoded.charAt(0);
      if (c != '\uFFFD' && c > 0xFF) {
        map.put(c, (byte) b);
      }
    }
    return Map.copyOf(map);
  }
}
