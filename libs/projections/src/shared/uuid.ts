/**
 * Event, person and team ids are lowercase canonical UUIDs (though they need not be). As four 32-bit
 * words they take 16 bytes in a typed array instead of a ~56-byte string on the heap, and comparing
 * two is comparing four numbers. Word k holds hex digits 8k…8k+7 of the id without its dashes.
 * Hand-written: read models parse millions of ids on a replay, where a regex and parseInt cost seconds.
 */

/** Value of each lowercase hex digit by char code; -1 for any other character. */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit++) HEX_VALUE['0123456789abcdef'.charCodeAt(digit)] = digit;

/** Where the 32 hex digits of a canonical UUID are. */
const DIGIT_AT = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35];

const DASH = 45;

/**
 * Writes the four words of a lowercase canonical UUID into `out` at `at` and returns true; returns
 * false for any other id (upper case included: an id must come back exactly as given), leaving
 * `out` untouched. Signed (Int32Array) or unsigned (Uint32Array) words: the same 32 bits.
 */
export function parseUuid(id: string, out: Int32Array | Uint32Array, at = 0): boolean {
  if (id.length !== 36 || id.charCodeAt(8) !== DASH || id.charCodeAt(13) !== DASH || id.charCodeAt(18) !== DASH || id.charCodeAt(23) !== DASH) {
    return false;
  }
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  for (let word = 0; word < 4; word++) {
    let value = 0;
    for (let k = 0; k < 8; k++) {
      const code = id.charCodeAt(DIGIT_AT[word * 8 + k] as number);
      const digit = code < 128 ? (HEX_VALUE[code] as number) : -1;
      if (digit < 0) return false;
      value = (value << 4) | digit;
    }
    if (word === 0) w0 = value;
    else if (word === 1) w1 = value;
    else if (word === 2) w2 = value;
    else w3 = value;
  }
  out[at] = w0;
  out[at + 1] = w1;
  out[at + 2] = w2;
  out[at + 3] = w3;
  return true;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex8 = (word: number) => BYTE_HEX[word >>> 24]! + BYTE_HEX[(word >>> 16) & 255]! + BYTE_HEX[(word >>> 8) & 255]! + BYTE_HEX[word & 255]!;

/** The canonical lowercase UUID of four words (signed or unsigned). */
export function formatUuid(w0: number, w1: number, w2: number, w3: number): string {
  const h1 = hex8(w1 >>> 0);
  const h2 = hex8(w2 >>> 0);
  return `${hex8(w0 >>> 0)}-${h1.slice(0, 4)}-${h1.slice(4)}-${h2.slice(0, 4)}-${h2.slice(4)}${hex8(w3 >>> 0)}`;
}
