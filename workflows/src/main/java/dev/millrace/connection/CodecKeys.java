package dev.millrace.connection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys of the payload codec, by id. New payloads are sealed with the current key; older
 * payloads name their key id, so a rotated key keeps decrypting history as long as it stays listed.
 *
 * <p>Keys come from {@code MILLRACE_CODEC_KEYS} ({@code id:base64,id:base64}) or from the file named by
 * {@code MILLRACE_CODEC_KEY_FILE} (one {@code id:base64} per line, {@code #} starts a comment);
 * {@code MILLRACE_CODEC_KEY_ID} picks the current key, by default the first one listed.
 */
public final class CodecKeys {
  public static final String KEYS = "MILLRACE_CODEC_KEYS";
  public static final String KEY_FILE = "MILLRACE_CODEC_KEY_FILE";
  public static final String KEY_ID = "MILLRACE_CODEC_KEY_ID";

  private final Map<String, SecretKey> keys;
  private final String currentId;

  public CodecKeys(Map<String, SecretKey> keys, String currentId) {
    if (!keys.containsKey(currentId)) {
      throw new ConfigurationException(KEY_ID + "=" + currentId + ": no such key; known ids " + keys.keySet());
    }
    this.keys = Map.copyOf(keys);
    this.currentId = currentId;
  }

  /** The configured keys, or empty when payload encryption is off. */
  public static Optional<CodecKeys> fromEnvironment(Map<String, String> env) {
    String inline = env.get(KEYS);
    String file = env.get(KEY_FILE);
    if (isBlank(inline) && isBlank(file)) {
      return Optional.empty();
    }
    if (!isBlank(inline) && !isBlank(file)) {
      throw new ConfigurationException("set either " + KEYS + " or " + KEY_FILE + ", not both");
    }
    List<String> entries = new ArrayList<>();
    String source;
    if (!isBlank(inline)) {
      source = KEYS;
      entries.addAll(List.of(inline.split(",")));
    } else {
      source = KEY_FILE + "=" + file;
      entries.addAll(readLines(Path.of(file)));
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    for (String entry : entries) {
      String line = entry.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      parseEntry(line, source, keys);
    }
    if (keys.isEmpty()) {
      throw new ConfigurationException(source + ": no keys; expected id:base64-key entries");
    }
    String current = env.get(KEY_ID);
    return Optional.of(new CodecKeys(keys, isBlank(current) ? keys.keySet().iterator().next() : current.strip()));
  }

  public String currentId() {
    return currentId;
  }

  public SecretKey current() {
    return keys.get(currentId);
  }

  public Optional<SecretKey> byId(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  private static void parseEntry(String line, String source, Map<String, SecretKey> keys) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw new ConfigurationException(source + ": an entry is not of the form id:base64-key");
    }
    String id = line.substring(0, colon).strip();
    byte[] key;
    try {
      key = Base64.getDecoder().decode(line.substring(colon + 1).strip());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(source + ": key " + id + " is not valid base64");
    }
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new ConfigurationException(source + ": key " + id + " is " + key.length
          + " bytes; AES keys are 16, 24 or 32 bytes (32 recommended)");
    }
    if (keys.put(id, new SecretKeySpec(key, "AES")) != null) {
      throw new ConfigurationException(source + ": key id " + id + " is listed twice");
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException(KEY_FILE + "=" + file + ": cannot read the file (" + e.getMessage() + ")");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
