package dev.millrace.connection;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals every payload with AES-GCM before it leaves the process, so the Temporal service stores only
 * ciphertext. The key id travels in the payload metadata, which lets keys rotate without breaking
 * histories sealed with an older key. Ciphers are reused, each by one thread at a time and initialised
 * afresh with a new nonce for every payload: looking one up per payload was nearly half the codec's cost.
 */
public final class AesGcmPayloadCodec implements PayloadCodec {
  public static final String ENCODING = "binary/encrypted";
  static final String METADATA_ENCODING = "encoding";
  static final String METADATA_KEY_ID = "encryption-key-id";
  private static final String CIPHER = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final CodecKeys keys;
  private final SecureRandom random = new SecureRandom();
  private final Queue<Cipher> idleCiphers = new ConcurrentLinkedQueue<>();

  public AesGcmPayloadCodec(CodecKeys keys) {
    this.keys = keys;
  }

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    return payloads.stream().map(this::seal).toList();
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    return payloads.stream().map(this::open).toList();
  }

  private Payload seal(Payload payload) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    Cipher cipher = null;
    try {
      cipher = borrowCipher();
      cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(keys.currentId().getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(payload.toByteArray());
      return Payload.newBuilder()
          .putMetadata(METADATA_ENCODING, ByteString.copyFromUtf8(ENCODING))
          .putMetadata(METADATA_KEY_ID, ByteString.copyFromUtf8(keys.currentId()))
          .setData(ByteString.copyFrom(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).flip()))
          .build();
    } catch (GeneralSecurityException e) {
      throw new PayloadCodecException("Could not encrypt a payload", e);
    } finally {
      giveBack(cipher);
    }
  }

  private Payload open(Payload payload) {
    ByteString encoding = payload.getMetadataMap().get(METADATA_ENCODING);
    if (encoding == null || !ENCODING.equals(encoding.toStringUtf8())) {
      return payload;
    }
    ByteString keyIdBytes = payload.getMetadataMap().get(METADATA_KEY_ID);
    String keyId = keyIdBytes == null ? "" : keyIdBytes.toStringUtf8();
    SecretKey key = keys.byId(keyId).orElseThrow(() -> new PayloadCodecException(
        "A payload is encrypted with key id '" + keyId + "', which is not among the configured keys"));
    byte[] data = payload.getData().toByteArray();
    Cipher cipher = null;
    try {
      cipher = borrowCipher();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      return Payload.parseFrom(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES));
    } catch (GeneralSecurityException | InvalidProtocolBufferException e) {
      throw new PayloadCodecException("Could not decrypt a payload sealed with key id '" + keyId + "'", e);
    } finally {
      giveBack(cipher);
    }
  }

  private Cipher borrowCipher() throws GeneralSecurityException {
    Cipher idle = idleCiphers.poll();
    return idle != null ? idle : Cipher.getInstance(CIPHER);
  }

  private void giveBack(Cipher cipher) {
    if (cipher != null) {
      idleCiphers.offer(cipher);
    }
  }
}
