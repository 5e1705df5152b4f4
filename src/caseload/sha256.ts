/**
 * SHA-256 and HMAC-SHA-256 in plain TypeScript (FIPS 180-4, RFC 2104), for the one place that
 * needs a keyed hash synchronously: the content script checks every word of a draft against
 * the worker's caseload on each scan, and a scan is synchronous (a send decision never waits),
 * while WebCrypto's `subtle.sign` only answers with a promise. The options page hashes with
 * WebCrypto; test/unit/caseload/hmac.test.ts proves both give the same bytes.
 *
 * The key's inner and outer pad blocks are compressed once, in `createHmac`; a word then costs
 * two compressions (its own padded block and the outer one), about a microsecond.
 * Pure: no browser or Node imports.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Compresses the 64-byte block at `offset` of `data` into `state` (8 words, updated in place). */
function compress(state: Uint32Array, data: Uint8Array, offset: number, w: Uint32Array): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    w[i] = ((data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!) >>> 0;
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!;
    const y = w[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K[i]! + w[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) >>> 0;
  state[1] = (state[1]! + b) >>> 0;
  state[2] = (state[2]! + c) >>> 0;
  state[3] = (state[3]! + d) >>> 0;
  state[4] = (state[4]! + e) >>> 0;
  state[5] = (state[5]! + f) >>> 0;
  state[6] = (state[6]! + g) >>> 0;
  state[7] = (state[7]! + h) >>> 0;
}

/**
 * Continues a SHA-256 whose first `prefixBytes` bytes (a multiple of 64) are already in
 * `state`, over `message`, and returns the digest. `state` is not changed.
 */
function finish(state: Uint32Array, prefixBytes: number, message: Uint8Array, w: Uint32Array): Uint8Array {
  const s = state.slice();
  const total = prefixBytes + message.length;
  const blocks = Math.ceil((message.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  // Length in bits, big-endian, in the last 8 bytes (messages here stay far below 2^32 bits).
  const bits = total * 8;
  const end = padded.length;
  padded[end - 5] = Math.floor(bits / 2 ** 32) & 0xff;
  padded[end - 4] = (bits >>> 24) & 0xff;
  padded[end - 3] = (bits >>> 16) & 0xff;
  padded[end - 2] = (bits >>> 8) & 0xff;
  padded[end - 1] = bits & 0xff;
  for (let offset = 0; offset < padded.length; offset += 64) compress(s, padded, offset, w);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    out[i * 4] = s[i]! >>> 24;
    out[i * 4 + 1] = (s[i]! >>> 16) & 0xff;
    out[i * 4 + 2] = (s[i]! >>> 8) & 0xff;
    out[i * 4 + 3] = s[i]! & 0xff;
  }
  return out;
}

export function sha256(message: Uint8Array): Uint8Array {
  return finish(new Uint32Array(INITIAL), 0, message, new Uint32Array(64));
}

/** HMAC-SHA-256 with `key` fixed: returns the function message → 32-byte tag. */
export function createHmac(key: Uint8Array): (message: Uint8Array) => Uint8Array {
  const w = new Uint32Array(64);
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const pad = (byte: number) => {
    const state = new Uint32Array(INITIAL);
    compress(
      state,
      block.map((b) => b ^ byte),
      0,
      w,
    );
    return state;
  };
  const inner = pad(0x36);
  const outer = pad(0x5c);
  return (message) => finish(outer, 64, finish(inner, 64, message, w), w);
}

/**
 * The content script's hot path: HMAC-SHA-256 of a short string with `key` fixed, returned as
 * the hex of its first `tagBytes` bytes (src/caseload/tags.ts). Same bytes as
 * `createHmac(key)(utf8(message))`, but UTF-8 is written straight into a block reused between
 * calls and the digest is read from the state words: a word the worker types allocates
 * nothing but its tag. Messages of 56 bytes or more take the general path.
 */
export function createTagger(key: Uint8Array, tagBytes: number): (message: string) => string {
  const hmac = createHmac(key);
  const w = new Uint32Array(64);
  const block = new Uint8Array(64);
  const s = new Uint32Array(8);
  const keyed = new Uint8Array(64);
  keyed.set(key.length > 64 ? sha256(key) : key);
  const padState = (byte: number) => {
    const state = new Uint32Array(INITIAL);
    compress(
      state,
      keyed.map((b) => b ^ byte),
      0,
      w,
    );
    return state;
  };
  const inner = padState(0x36);
  const outer = padState(0x5c);
  const hex = (bytes: ArrayLike<number>) => {
    let out = '';
    for (let i = 0; i < tagBytes; i++) out += (bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16);
    return out;
  };
  const encoder = new TextEncoder();
  return (message) => {
    block.fill(0);
    let n = 0;
    for (let i = 0; i < message.length && n < 56; i++) {
      const c = message.charCodeAt(i);
      if (c < 0x80) block[n++] = c;
      else {
        n = 56; // not ASCII: let TextEncoder handle it on the general path
        break;
      }
    }
    if (n >= 56) return hex(hmac(encoder.encode(message)));
    // Inner hash: one block after the ipad block (message, 0x80, length in bits of 64 + n bytes).
    block[n] = 0x80;
    const bits = (64 + n) * 8;
    block[62] = bits >>> 8;
    block[63] = bits & 0xff;
    s.set(inner);
    compress(s, block, 0, w);
    // Outer hash: the 32-byte inner digest after the opad block.
    block.fill(0);
    for (let i = 0; i < 8; i++) {
      block[i * 4] = s[i]! >>> 24;
      block[i * 4 + 1] = (s[i]! >>> 16) & 0xff;
      block[i * 4 + 2] = (s[i]! >>> 8) & 0xff;
      block[i * 4 + 3] = s[i]! & 0xff;
    }
    block[32] = 0x80;
    block[62] = (96 * 8) >>> 8;
    block[63] = (96 * 8) & 0xff;
    s.set(outer);
    compress(s, block, 0, w);
    const out: number[] = [];
    for (let i = 0; i < Math.ceil(tagBytes / 4); i++)
      out.push(s[i]! >>> 24, (s[i]! >>> 16) & 0xff, (s[i]! >>> 8) & 0xff, s[i]! & 0xff);
    return hex(out);
  };
}
