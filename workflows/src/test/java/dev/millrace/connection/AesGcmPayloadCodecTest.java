package dev.millrace.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AesGcmPayloadCodecTest {
  private static final String OLD_KEY = key(1);
  private static final String NEW_KEY = key(2);

  @Test
  void sealsPayloadsSoTheirTextIsUnreadableAndOpensThemAgain() {
    AesGcmPayloadCodec codec = codec(Map.of(CodecKeys.KEYS, "k1:" + OLD_KEY));
    Payload plain = Payload.newBuilder().setData(com.google.protobuf.ByteString.copyFromUtf8("/data/input.jsonl")).build();

    Payload sealed = codec.encode(List.of(plain)).get(0);

    assertThat(sealed.getData().toString(StandardCharsets.ISO_8859_1)).doesNotContain("input.jsonl");
    assertThat(sealed.getMetadataMap().get("encryption-key-id").toStringUtf8()).isEqualTo("k1");
    assertThat(sealed.getMetadataMap().get("encoding").toStringUtf8()).isEqualTo(AesGcmPayloadCodec.ENCODING);
    assertThat(codec.decode(List.of(sealed))).containsExactly(plain);
  }

  @Test
  void aRotatedKeyStillOpensOldPayloadsWhileNewOnesUseTheCurrentKey() {
    DataConverter before = TemporalTarget.local("127.0.0.1:1", Map.of(CodecKeys.KEYS, "old:" + OLD_KEY)).dataConverter();
    DataConverter after = TemporalTarget.local("127.0.0.1:1",
        Map.of(CodecKeys.KEYS, "old:" + OLD_KEY + ",new:" + NEW_KEY, CodecKeys.KEY_ID, "new")).dataConverter();

    Payload sealedBefore = before.toPayload("run parameters").orElseThrow();
    Payload sealedAfter = after.toPayload("run parameters").orElseThrow();

    assertThat(after.fromPayload(sealedBefore, String.class, String.class)).isEqualTo("run parameters");
    assertThat(sealedAfter.getMetadataMap().get("encryption-key-id").toStringUtf8()).isEqualTo("new");
    assertThatThrownBy(() -> before.fromPayload(sealedAfter, String.class, String.class))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("key id 'new'");
  }

  @Test
  void aTamperedPayloadIsRefused() {
    AesGcmPayloadCodec codec = codec(Map.of(CodecKeys.KEYS, "k1:" + OLD_KEY));
    Payload sealed = codec.encode(List.of(Payload.newBuilder()
        .setData(com.google.protobuf.ByteString.copyFromUtf8("x")).build())).get(0);
    byte[] data = sealed.getData().toByteArray();
    data[data.length - 1] ^= 1;
    Payload tampered = sealed.toBuilder().setData(com.google.protobuf.ByteString.copyFrom(data)).build();

    assertThatThrownBy(() -> codec.decode(List.of(tampered))).isInstanceOf(PayloadCodecException.class);
  }

  @Test
  void reusedCiphersSealTheSamePayloadUnderFreshNoncesAndStillOpenAfterARefusal() {
    AesGcmPayloadCodec codec = codec(Map.of(CodecKeys.KEYS, "k1:" + OLD_KEY));
    Payload plain = payload("same text");

    Payload first = codec.encode(List.of(plain)).get(0);
    Payload second = codec.encode(List.of(plain)).get(0);
    byte[] data = first.getData().toByteArray();
    data[data.length - 1] ^= 1;
    Payload tampered = first.toBuilder().setData(com.google.protobuf.ByteString.copyFrom(data)).build();

    assertThat(first.getData()).isNotEqualTo(second.getData());
    assertThatThrownBy(() -> codec.decode(List.of(tampered))).isInstanceOf(PayloadCodecException.class);
    assertThat(codec.decode(List.of(first, second))).containsExactly(plain, plain);
  }

  @Test
  void threadsSealingAndOpeningAtOnceEachGetTheirOwnPayloadsBack() throws Exception {
    AesGcmPayloadCodec codec = codec(Map.of(CodecKeys.KEYS, "k1:" + OLD_KEY));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(threads.submit(() -> {
          List<String> mismatches = new ArrayList<>();
          for (int i = 0; i < 500; i++) {
            Payload plain = payload("thread " + thread + " payload " + i);
            if (!codec.decode(codec.encode(List.of(plain))).equals(List.of(plain))) {
              mismatches.add(plain.getData().toStringUtf8());
            }
          }
          return mismatches;
        }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void badKeySettingsNameTheSettingAndNeverTheKey() {
    assertThatThrownBy(() -> CodecKeys.fromEnvironment(Map.of(CodecKeys.KEYS, "k1:c2hvcnQ=")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(CodecKeys.KEYS).hasMessageContaining("16, 24 or 32 bytes")
        .hasMessageNotContaining("c2hvcnQ=");
    assertThatThrownBy(() -> CodecKeys.fromEnvironment(Map.of(CodecKeys.KEYS, "k1:" + OLD_KEY, CodecKeys.KEY_ID, "k9")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("k9").hasMessageNotContaining(OLD_KEY);
    assertThatThrownBy(() -> CodecKeys.fromEnvironment(Map.of(CodecKeys.KEY_FILE, "/no/such/keys")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining(CodecKeys.KEY_FILE);
    assertThat(CodecKeys.fromEnvironment(Map.of())).isEqualTo(Optional.empty());
  }

  private static AesGcmPayloadCodec codec(Map<String, String> env) {
    return new AesGcmPayloadCodec(CodecKeys.fromEnvironment(env).orElseThrow());
  }

  private static Payload payload(String text) {
    return Payload.newBuilder().setData(com.google.protobuf.ByteString.copyFromUtf8(text)).build();
  }

  private static String key(int seed) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) seed);
    return Base64.getEncoder().encodeToString(key);
  }
}
