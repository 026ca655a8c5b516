// The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, text and definite-length
// arrays, each with its shortest head, as the minicbor crate writes them. Enough to read an index and write it back
// byte for byte (src/lib/search/pagefind-patch.ts); anything else is refused, so an index in a newer format is never
// misread.

export type CborValue = number | string | CborValue[];

const majors = { uint: 0, negative: 1, text: 3, array: 4 } as const;

/** The head of the item at `at`: its major type, its argument (a count, a length or the integer) and where it ends. */
export function readHead(bytes: Uint8Array, at: number): { major: number; value: number; end: number } {
  const first = bytes[at];
  if (first === undefined) throw new Error(`CBOR: the data ends at byte ${at}`);
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, end: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (!size || at + 1 + size > bytes.length)
    throw new Error(`CBOR: an item of a kind this reader does not know, at byte ${at}`);
  let value = 0;
  for (let byte = 1; byte <= size; byte += 1) value = value * 256 + bytes[at + byte]!;
  if (!Number.isSafeInteger(value)) throw new Error(`CBOR: a number too large at byte ${at}`);
  return { major, value, end: at + 1 + size };
}

/** How many bytes the head at `at` takes, and its argument: the same as readHead, without an object to collect. */
export function headSize(bytes: Uint8Array, at: number): number {
  const info = bytes[at]! & 31;
  return info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : info === 26 ? 5 : 9;
}
export function headValue(bytes: Uint8Array, at: number): number {
  const info = bytes[at]! & 31;
  if (info < 24) return info;
  if (info === 24) return bytes[at + 1]!;
  if (info === 25) return (bytes[at + 1]! << 8) | bytes[at + 2]!;
  return readHead(bytes, at).value;
}

/**
 * Where the item at `at` ends, without reading it into values or making an object per item: an index chunk at
 * 10,000 pages holds some 20 million integers, and a patch steps over nearly all of them.
 */
export function skipItem(bytes: Uint8Array, at: number): number {
  let next = at;
  let pending = 1;
  while (pending > 0) {
    const first = bytes[next];
    if (first === undefined) throw new Error(`CBOR: the data ends at byte ${next}`);
    const major = first >> 5;
    const info = first & 31;
    let value: number;
    if (info < 24) {
      value = info;
      next += 1;
    } else if (info === 24) {
      value = bytes[next + 1]!;
      next += 2;
    } else if (info === 25) {
      value = (bytes[next + 1]! << 8) | bytes[next + 2]!;
      next += 3;
    } else {
      const read = readHead(bytes, next);
      value = read.value;
      next = read.end;
    }
    pending -= 1;
    if (major === majors.text) next += value;
    else if (major === majors.array) pending += value;
    else if (major !== majors.uint && major !== majors.negative)
      throw new Error(`CBOR: an item of major type ${major} at byte ${next}`);
  }
  if (next > bytes.length) throw new Error(`CBOR: an item runs past the end of the data`);
  return next;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The value of the item at `at`, and where it ends. */
export function decodeItem(bytes: Uint8Array, at: number): { value: CborValue; end: number } {
  const { major, value, end } = readHead(bytes, at);
  if (major === majors.uint) return { value, end };
  if (major === majors.negative) return { value: -1 - value, end };
  if (major === majors.text) {
    if (end + value > bytes.length) throw new Error(`CBOR: text runs past the end, at byte ${at}`);
    return { value: decoder.decode(bytes.subarray(end, end + value)), end: end + value };
  }
  if (major !== majors.array) throw new Error(`CBOR: an item of major type ${major} at byte ${at}`);
  const items: CborValue[] = [];
  let next = end;
  for (let item = 0; item < value; item += 1) {
    const decoded = decodeItem(bytes, next);
    items.push(decoded.value);
    next = decoded.end;
  }
  return { value: items, end: next };
}

/** The one item `bytes` holds. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const { value, end } = decodeItem(bytes, 0);
  if (end !== bytes.length) throw new Error(`CBOR: ${bytes.length - end} byte(s) after the item`);
  return value;
}

/** The shortest head for a major type and its argument. */
export function head(major: number, value: number): Buffer {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`CBOR: cannot write ${value}`);
  const type = major << 5;
  if (value < 24) return Buffer.from([type | value]);
  if (value < 0x100) return Buffer.from([type | 24, value]);
  if (value < 0x10000) return Buffer.from([type | 25, value >> 8, value & 0xff]);
  if (value < 0x100000000) {
    const bytes = Buffer.alloc(5);
    bytes[0] = type | 26;
    bytes.writeUInt32BE(value, 1);
    return bytes;
  }
  const bytes = Buffer.alloc(9);
  bytes[0] = type | 27;
  bytes.writeBigUInt64BE(BigInt(value), 1);
  return bytes;
}

export const arrayHead = (length: number) => head(majors.array, length);
export const uintHead = (value: number) => head(majors.uint, value);

/** `value` in CBOR, written the way minicbor writes it. */
export function encodeCbor(value: CborValue): Buffer {
  const parts: Buffer[] = [];
  const write = (item: CborValue) => {
    if (typeof item === 'number') {
      if (!Number.isInteger(item)) throw new Error(`CBOR: cannot write ${item}`);
      parts.push(item < 0 ? head(majors.negative, -1 - item) : head(majors.uint, item));
    } else if (typeof item === 'string') {
      const text = Buffer.from(item, 'utf8');
      parts.push(head(majors.text, text.length), text);
    } else {
      parts.push(arrayHead(item.length));
      item.forEach(write);
    }
  };
  write(value);
  return Buffer.concat(parts);
}
