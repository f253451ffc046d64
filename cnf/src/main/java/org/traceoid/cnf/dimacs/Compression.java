package org.traceoid.cnf.dimacs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.lzma.LZMACompressorInputStream;
import org.apache.commons.compress.compressors.lzma.LZMACompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * The compressed formats SAT benchmark files come in, recognised by their first bytes and
 * never by file name (benchmark sets are full of {@code .cnf} files that are really xz).
 */
public enum Compression {
    NONE,
    /** RFC 1952: {@code 1f 8b}. */
    GZIP,
    /** bzip2: {@code "BZh"} then the block size digit {@code 1..9}. */
    BZIP2,
    /** xz: {@code fd 37 7a 58 5a 00}. */
    XZ,
    /**
     * Legacy {@code .lzma} (LZMA-alone) has no magic number; its first byte is the
     * properties byte, {@code 0x5d} (lc=3, lp=0, pb=2) for every preset of xz-utils and
     * 7-zip, followed by a little-endian dictionary size: a multiple of 64 KiB (second byte
     * 0) or under 16 MiB (fifth byte 0). A DIMACS file cannot start with {@code ']'}.
     */
    LZMA;

    static final int MAGIC_BYTES = 6;

    /** The format whose magic bytes {@code head[0..length)} start with. */
    public static Compression detect(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (length >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9') {
            return BZIP2;
        }
        if (length >= 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z' && head[3] == 'X'
                && head[4] == 'Z' && head[5] == 0) {
            return XZ;
        }
        // The dictionary size is little-endian: a multiple of 64 KiB (every xz-utils preset,
        // 64 MiB for -9: 00 00 00 04) has a zero second byte; one under 16 MiB a zero fifth.
        if (length >= 5 && (head[0] & 0xff) == 0x5d && (head[1] == 0 || head[4] == 0)) {
            return LZMA;
        }
        return NONE;
    }

    /**
     * Wraps {@code raw} in the decompressor its first bytes call for (or returns it buffered
     * as it is). The caller closes the returned stream, which closes {@code raw}.
     */
    public static InputStream decompressing(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        return detect(in).decompressor(in);
    }

    /** The format of a stream that supports mark/reset, read from its first bytes (then reset). */
    public static Compression detect(InputStream markable) throws IOException {
        if (!markable.markSupported()) {
            throw new IllegalArgumentException("detection needs a stream that supports mark/reset");
        }
        markable.mark(MAGIC_BYTES);
        byte[] head = new byte[MAGIC_BYTES];
        int length = markable.readNBytes(head, 0, MAGIC_BYTES);
        markable.reset();
        return detect(head, length);
    }

    /** Wraps {@code in}, positioned at this format's first byte, in its decompressor. */
    public InputStream decompressor(InputStream in) throws IOException {
        return switch (this) {
            case NONE -> in;
            // Concatenated members are legal gzip/bzip2 (pigz, pbzip2 write them).
            case GZIP -> new GzipCompressorInputStream(in, true);
            case BZIP2 -> new BZip2CompressorInputStream(in, true);
            case XZ -> new XZCompressorInputStream(in, true);
            case LZMA -> new LZMACompressorInputStream(in);
        };
    }

    /** The format a file name's extension asks for when writing ({@code .gz .bz2 .xz .lzma}). */
    public static Compression forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            return GZIP;
        }
        if (name.endsWith(".bz2")) {
            return BZIP2;
        }
        if (name.endsWith(".xz")) {
            return XZ;
        }
        if (name.endsWith(".lzma")) {
            return LZMA;
        }
        return NONE;
    }

    /** Wraps {@code out} in this format's compressor; closing the result finishes and closes {@code out}. */
    public OutputStream compressing(OutputStream out) throws IOException {
        return switch (this) {
            case NONE -> out;
            case GZIP -> new GzipCompressorOutputStream(out);
            case BZIP2 -> new BZip2CompressorOutputStream(out);
            case XZ -> new XZCompressorOutputStream(out);
            case LZMA -> new LZMACompressorOutputStream(out);
        };
    }
}
