package vn.lienket.sms;

/** The two alphabets an SMS is sent in, with SMPP's data_coding and the segment sizes each allows. */
public enum SmsEncoding {
    /** GSM 03.38: 160 septets alone, 153 per part of a concatenated message. */
    GSM7((byte) 0x00, 160, 153),
    /** UTF-16BE, what Vietnamese with diacritics needs: 70 characters alone, 67 per part. */
    UCS2((byte) 0x08, 70, 67);

    private final byte dataCoding;
    private final int single;
    private final int perPart;

    SmsEncoding(byte dataCoding, int single, int perPart) {
        this.dataCoding = dataCoding;
        this.single = single;
        this.perPart = perPart;
    }

    public byte dataCoding() {
        return dataCoding;
    }

    public int single() {
        return single;
    }

    public int perPart() {
        return perPart;
    }
}
