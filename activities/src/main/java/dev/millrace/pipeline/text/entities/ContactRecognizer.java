package dev.millrace.pipeline.text.entities;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** E-mail addresses (value lower-cased) and http(s)/www URLs (value with a scheme). */
final class ContactRecognizer implements Recognizer {
  @Override
  public void find(String text, List<Entity> candidates) {
    Matcher url = ContactPatterns.URL.matcher(text);
    while (url.find()) {
      String found = url.group();
      String value = found.startsWith("www.") ? "http://" + found : found;
      candidates.add(new Entity(EntityType.URL, url.start(), url.end(), found, value));
    }
    Matcher email = ContactPatterns.EMAIL.matcher(text);
    while (email.find()) {
      candidates.add(new Entity(EntityType.EMAIL, email.start(), email.end(), email.group(),
          email.group().toLowerCase(Locale.ROOT)));
    }
  }
}
