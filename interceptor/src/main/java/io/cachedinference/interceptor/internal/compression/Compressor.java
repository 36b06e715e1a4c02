package io.cachedinference.interceptor.internal.compression;

/** One compression algorithm over byte arrays. */
interface Compressor {

    byte[] compress(byte[] raw);

    byte[] decompress(byte[] packed, int rawLength);
}
