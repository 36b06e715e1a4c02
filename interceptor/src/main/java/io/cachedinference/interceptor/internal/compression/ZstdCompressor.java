package io.cachedinference.interceptor.internal.compression;

import com.github.luben.zstd.Zstd;

/** Zstandard at level 3 (zstd-jni): a better ratio than LZ4 for a little more time. */
final class ZstdCompressor implements Compressor {

    private static final int LEVEL = 3;

    @Override
    public byte[] compress(byte[] raw) {
        return Zstd.compress(raw, LEVEL);
    }

    @Override
    public byte[] decompress(byte[] packed, int rawLength) {
        return Zstd.decompress(packed, rawLength);
    }
}
