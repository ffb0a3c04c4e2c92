package dev.millrace.pipeline.text.email;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Turns body bytes into text: with the declared charset when Java knows it and the bytes fit it, else with
 * the charset ICU4J detects (pure ASCII needs no guess; "us-ascii" on 8-bit bytes is a common mislabel);
 * sequences still invalid become U+FFFD. Every guess and replacement is reported in the warnings.
 */
final class BodyDecoder {
  String decode(byte[] bytes, String declared, List<String> warnings) {
    Charset charset = known(declared, warnings);
    if (charset == null) {
      charset = isAscii(bytes) ? StandardCharsets.US_ASCII : detect(bytes, "undeclared charset", warnings);
    } else if (!fits(bytes, charset)) {
      charset = detect(bytes, "bytes invalid in declared " + charset.name(), warnings);
    }
    if (!fits(bytes, charset)) {
      warnings.add("email: bytes invalid in " + charset.name() + " replaced with U+FFFD");
    }
    return new String(bytes, charset);
  }

  private static boolean fits(byte[] bytes, Charset charset) {
    try {
      charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Charset known(String declared, List<String> warnings) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(declared.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      warnings.add("email: unknown charset \"" + declared + "\", detected instead");
      return null;
    }
  }

  private static Charset detect(byte[] bytes, String why, List<String> warnings) {
    CharsetMatch match = new CharsetDetector().setText(bytes).detect();
    Charset charset = match == null ? StandardCharsets.ISO_8859_1 : forNameOr(match.getName());
    warnings.add("email: " + why + ", detected " + charset.name()
        + (match == null ? "" : " (confidence " + match.getConfidence() + ")"));
    return charset;
  }

  private static Charset forNameOr(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }
}
