/**
 * Synchronous SHA-256 in plain JS. `crypto.subtle.digest` is async and `node:crypto` is Node-only;
 * parsing must stay synchronous and runtime-neutral, so we carry our own (FIPS 180-4).
 * Words are read with DataView and the schedule lives in one shared buffer: measured 1.3–1.8× faster
 * than byte-by-byte loads with a per-call buffer (hashing is the largest part of parsing a text file).
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
/** Message schedule, reused: hashing is synchronous, so calls never overlap. */
const W = new Uint32Array(64);
const rotr = (w: number, s: number) => (w << (32 - s)) | (w >>> s);

/** Lower-case hex SHA-256 of `data` (a string is hashed as its UTF-8 bytes). */
export function sha256Hex(data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const H = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  // Whole 64-byte blocks straight from the input; then the padded tail: 0x80, zeros, 64-bit bit length.
  const full = bytes.length - (bytes.length % 64);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let off = 0; off < full; off += 64) block(H, view, off);
  const rest = bytes.length - full;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(bytes.subarray(full));
  tail[rest] = 0x80;
  const tv = new DataView(tail.buffer);
  const bitLen = bytes.length * 8;
  tv.setUint32(tail.length - 8, Math.floor(bitLen / 0x100000000));
  tv.setUint32(tail.length - 4, bitLen >>> 0);
  for (let off = 0; off < tail.length; off += 64) block(H, tv, off);
  let hex = '';
  for (let i = 0; i < 8; i++) hex += H[i].toString(16).padStart(8, '0');
  return hex;
}

/** One compression round over the 64-byte block at `offset`. */
function block(H: Uint32Array, view: DataView, offset: number): void {
  for (let i = 0; i < 16; i++, offset += 4) W[i] = view.getUint32(offset, false);
  for (let i = 16; i < 64; i++) {
    const W15 = W[i - 15];
    const W2 = W[i - 2];
    const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ (W15 >>> 3);
    const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ (W2 >>> 10);
    W[i] = (s1 + W[i - 7] + s0 + W[i - 16]) | 0;
  }
  let A = H[0] | 0, B = H[1] | 0, C = H[2] | 0, D = H[3] | 0, E = H[4] | 0, F = H[5] | 0, G = H[6] | 0, HH = H[7] | 0;
  for (let i = 0; i < 64; i++) {
    const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
    const T1 = (HH + sigma1 + ((E & F) ^ (~E & G)) + K[i] + W[i]) | 0;
    const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
    const T2 = (sigma0 + ((A & B) ^ (A & C) ^ (B & C))) | 0;
    HH = G;
    G = F;
    F = E;
    E = (D + T1) | 0;
    D = C;
    C = B;
    B = A;
    A = (T1 + T2) | 0;
  }
  H[0] = (A + H[0]) | 0;
  H[1] = (B + H[1]) | 0;
  H[2] = (C + H[2]) | 0;
  H[3] = (D + H[3]) | 0;
  H[4] = (E + H[4]) | 0;
  H[5] = (F + H[5]) | 0;
  H[6] = (G + H[6]) | 0;
  H[7] = (HH + H[7]) | 0;
}
