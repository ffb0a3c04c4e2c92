package dev.millrace.pipeline.text.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailReaderTest {
  private final EmailReader reader = new EmailReader();

  @Test
  void prefersThePlainPartAndDecodesQuotedPrintableWithItsCharset() {
    String message = "From: a@example.org\r\nSubject: =?iso-8859-1?Q?Caf=E9?=\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
        + "--b1\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + "Un caf=E9 cr=E8me, s'il vous pla=EEt.\r\n"
        + "--b1\r\nContent-Type: text/html\r\n\r\n<p>ignored</p>\r\n--b1--\r\n";
    List<String> warnings = new ArrayList<>();

    assertThat(reader.read(message, warnings)).isEqualTo("Café\n\nUn café crème, s'il vous plaît.");
    assertThat(warnings).isEmpty();
  }

  @Test
  void turnsAnHtmlOnlyBase64BodyIntoText() {
    String html = "<html><body><p>Hello &amp; welcome</p><script>x()</script></body></html>";
    String message = "Subject: hi\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\r\n";

    assertThat(reader.read(message, new ArrayList<>())).isEqualTo("hi\n\n\nHello & welcome\n\n");
  }

  @Test
  void detectsTheCharsetOfUndeclared8BitBodies() {
    String body = "Les élèves étaient très contents de l'été passé à la mer, où ils ont joué près des rochers.";
    byte[] latin1 = ("Subject: x\r\nContent-Type: text/plain\r\n\r\n" + body + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    String asJsonString = new String(latin1, StandardCharsets.ISO_8859_1);
    List<String> warnings = new ArrayList<>();

    String text = reader.read(asJsonString, warnings);

    assertThat(text).isEqualTo("x\n\n" + body + "\r\n");
    assertThat(warnings).singleElement().asString().startsWith("email: undeclared charset, detected ISO-8859-1");
    assertThat(Charset.isSupported("windows-1252")).isTrue();
  }

  @Test
  void detectsTheCharsetWhenTheDeclaredOneDoesNotFitTheBytes() {
    String body = "Grüße aus München, wir freuen uns über Ihren Besuch im schönen Süden des Landes.";
    byte[] latin1 = ("Subject: x\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + body)
        .getBytes(StandardCharsets.ISO_8859_1);
    List<String> warnings = new ArrayList<>();

    String text = reader.read(new String(latin1, StandardCharsets.ISO_8859_1), warnings);

    assertThat(text).isEqualTo("x\n\n" + body);
    assertThat(warnings).singleElement().asString()
        .startsWith("email: bytes invalid in declared US-ASCII, detected ISO-8859-1");
  }
}
