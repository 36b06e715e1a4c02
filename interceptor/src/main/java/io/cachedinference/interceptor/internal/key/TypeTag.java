package io.cachedinference.interceptor.internal.key;

/** One-byte tags written before each value, so values of different types never share a digest. */
final class TypeTag {
    static final byte NULL = 0;
    static final byte BOOLEAN = 1;
    static final byte BYTE = 2;
    static final byte SHORT = 3;
    static final byte CHAR = 4;
    static final byte INT = 5;
    static final byte LONG = 6;
    static final byte FLOAT = 7;
    static final byte DOUBLE = 8;
    static final byte TEXT = 9;
    static final byte ENUM = 10;
    static final byte RECORD = 11;
    static final byte LIST = 12;
    static final byte SET = 13;
    static final byte MAP = 14;
    static final byte OBJECT_ARRAY = 15;
    static final byte BOOLEAN_ARRAY = 16;
    static final byte BYTE_ARRAY = 17;
    static final byte SHORT_ARRAY = 18;
    static final byte CHAR_ARRAY = 19;
    static final byte INT_ARRAY = 20;
    static final byte LONG_ARRAY = 21;
    static final byte FLOAT_ARRAY = 22;
    static final byte DOUBLE_ARRAY = 23;
    static final byte BYTE_BUFFER = 24;
    static final byte BIG_INTEGER = 25;
    static final byte BIG_DECIMAL = 26;
    static final byte UUID = 27;
    static final byte ARGUMENTS = 28;
    /** A value written by an {@code ArgumentKeyer}: its type's name, what it puts, then {@link #END}. */
    static final byte KEYED = 29;
    static final byte END = 30;

    private TypeTag() {
    }
}
