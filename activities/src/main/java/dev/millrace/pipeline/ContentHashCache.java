package dev.millrace.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps what is built once per configuration (a cleaner compiled from a step list, a lexicon) under a
 * hash of the configuration's content. A hit counts only when the stored content equals the requested
 * content, so two contents whose hashes collide each get their own value, never the other's. Values
 * must be immutable or thread-safe: one cache serves every run on the worker.
 *
 * @param <K> the content, compared with {@code equals}
 * @param <V> what is built from it
 */
public final class ContentHashCache<K, V> {
  private final Function<? super K, String> hash;
  private final Function<? super K, ? extends V> build;
  private final int maxEntries;
  private final Map<String, Entry<K, V>> entries = new ConcurrentHashMap<>();

  private record Entry<K, V>(K content, V value) {}

  /**
   * @param hash the content's hash; injectable so that tests can force collisions
   * @param maxEntries past this many the cache starts afresh, so it cannot grow without bound
   */
  public ContentHashCache(Function<? super K, String> hash, Function<? super K, ? extends V> build, int maxEntries) {
    this.hash = Objects.requireNonNull(hash, "hash");
    this.build = Objects.requireNonNull(build, "build");
    this.maxEntries = maxEntries;
  }

  /** The value built from this content, built now unless an entry with equal content exists. */
  public V get(K content) {
    String key = hash.apply(content);
    Entry<K, V> entry = entries.get(key);
    if (entry != null && entry.content().equals(content)) {
      return entry.value();
    }
    V value = build.apply(content);
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(key, new Entry<>(content, value));
    return value;
  }

  /** SHA-256 of the text's UTF-8 bytes, in hex: the hash for text configurations. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
