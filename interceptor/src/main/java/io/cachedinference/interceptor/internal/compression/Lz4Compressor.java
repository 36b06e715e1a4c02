package io.cachedinference.interceptor.internal.compression;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FastDecompressor;

/** LZ4 (lz4-java's fastest implementation): cheap to decompress, modest ratio. */
final class Lz4Compressor implements Compressor {

    private final LZ4Compressor compressor = LZ4Factory.fastestInstance().fastCompressor();
    private final LZ4FastDecompressor decompressor = LZ4Factory.fastestInstance().fastDecompressor();

    @Override
    public byte[] compress(byte[] raw) {
        return compressor.compress(raw);
    }

    @Override
    public byte[] decompress(byte[] packed, int rawLength) {
        return decompressor.decompress(packed, rawLength);
    }
}
