package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentHashCacheTest {
  private final List<String> built = new ArrayList<>();

  @Test
  void buildsEachContentOnceAndServesLaterRequestsFromTheCache() {
    ContentHashCache<String, String> cache = new ContentHashCache<>(ContentHashCache::sha256, this::build, 10);

    assertThat(cache.get("html,whitespace")).isEqualTo("built html,whitespace");
    assertThat(cache.get("html,whitespace")).isEqualTo("built html,whitespace");
    assertThat(cache.get("whitespace")).isEqualTo("built whitespace");

    assertThat(built).containsExactly("html,whitespace", "whitespace");
  }

  @Test
  void aForcedHashCollisionRebuildsInsteadOfServingTheOtherContentsValue() {
    ContentHashCache<String, String> cache = new ContentHashCache<>(content -> "same-hash", this::build, 10);

    assertThat(cache.get("a")).isEqualTo("built a");
    assertThat(cache.get("b")).isEqualTo("built b");
    assertThat(cache.get("a")).isEqualTo("built a");

    assertThat(built).containsExactly("a", "b", "a");
  }

  @Test
  void startsAfreshInsteadOfGrowingPastItsBound() {
    ContentHashCache<String, String> cache = new ContentHashCache<>(ContentHashCache::sha256, this::build, 2);

    cache.get("a");
    cache.get("b");
    cache.get("c");
    cache.get("c");
    cache.get("a");

    assertThat(built).containsExactly("a", "b", "c", "a");
  }

  @Test
  void sha256IsTheStandardDigestInHex() {
    assertThat(ContentHashCache.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  private String build(String content) {
    built.add(content);
    return "built " + content;
  }
}
