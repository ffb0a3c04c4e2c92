package dev.millrace.pipeline.text;

import dev.millrace.pipeline.text.entities.ContactPatterns;
import java.util.List;
import java.util.regex.Matcher;

/** Replaces e-mail addresses and URLs with {@code [email]} and {@code [url]}, for output that must not carry them. */
public final class Redactor implements CleaningStep {
  @Override
  public String apply(String text, List<String> warnings) {
    Matcher urls = ContactPatterns.URL.matcher(text);
    String withoutUrls = urls.replaceAll("[url]");
    return ContactPatterns.EMAIL.matcher(withoutUrls).replaceAll("[email]");
  }
}
