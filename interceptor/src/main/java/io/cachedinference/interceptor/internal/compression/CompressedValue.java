package io.cachedinference.interceptor.internal.compression;

import java.io.Serializable;

/**
 * A primitive array stored compressed: its element type, its length and the compressed bytes of its
 * little-endian content.
 */
record CompressedValue(ArrayKind kind, int length, byte[] packed) implements Serializable {
}
