package dev.millrace.pipeline.text.email;

import dev.millrace.pipeline.text.HtmlToText;
import dev.millrace.pipeline.text.UnusableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads a raw RFC-822 message with Apache James mime4j (MIME multipart, quoted-printable and base64 bodies)
 * and returns its subject and readable body: the first inline text/plain part, else the first text/html part
 * turned into text. Body bytes are decoded with their declared charset, or a detected one when undeclared.
 */
public final class EmailReader {
  private final BodyDecoder decoder = new BodyDecoder();
  private final HtmlToText htmlToText = new HtmlToText();

  /**
   * The message is given as a JSON string: when every character fits in one byte it is read as the raw
   * bytes (Latin-1), so 8-bit bodies keep their bytes; otherwise as UTF-8.
   */
  public String read(String message, List<String> warnings) {
    Message parsed = parse(message);
    Entity plain = find(parsed, "text/plain");
    Entity html = plain == null ? find(parsed, "text/html") : null;
    String subject = parsed.getSubject();
    String body;
    if (plain != null) {
      body = decode(plain, warnings);
    } else if (html != null) {
      body = htmlToText.apply(decode(html, warnings), warnings);
    } else {
      warnings.add("email: no text/plain or text/html part");
      body = "";
    }
    return subject == null || subject.isBlank() ? body : subject + "\n\n" + body;
  }

  private static Message parse(String message) {
    boolean oneByte = message.chars().allMatch(c -> c <= 0xFF);
    byte[] bytes = message.getBytes(oneByte ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return builder.parseMessage(in);
    } catch (IOException e) {
      throw new UnusableDocumentException("undecodable e-mail: " + e.getMessage());
    }
  }

  private static Entity find(Entity entity, String mimeType) {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        Entity found = find(part, mimeType);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType());
    return !attachment && body instanceof SingleBody && mimeType.equalsIgnoreCase(entity.getMimeType()) ? entity : null;
  }

  private String decode(Entity part, List<String> warnings) {
    Field field = part.getHeader().getField("Content-Type");
    String declared = field instanceof ContentTypeField contentType ? contentType.getCharset() : null;
    try (InputStream in = ((SingleBody) part.getBody()).getInputStream()) {
      return decoder.decode(in.readAllBytes(), declared, warnings);
    } catch (IOException e) {
      throw new UnusableDocumentException("undecodable e-mail body: " + e.getMessage());
    }
  }
}
