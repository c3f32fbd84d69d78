// Bytes that look like a binary file, shared by the CLI and server tests of binary input.

/** Deterministic noise (a linear congruential generator), so that a failing run can be replayed. */
export function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
