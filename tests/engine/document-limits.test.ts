// The shared limits the server and the CLI apply before analysing: the NUL sniff on bytes and on decoded
// text must agree, and the UTF-8 check must agree with a fatal TextDecoder. Checked against the platform's
// own encoder and decoder on generated input (fixed seed, like the other property tests).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BINARY_SNIFF_BYTES, DEFAULT_MAX_FILE_SIZE, invalidUtf8Offset, nulByteOffset, nulCharacterOffset } from '../../server/src/engine/document-limits.js';
import { defaultSettings } from '../../server/src/lsp/settings.js';
import { propertyParameters } from '../property/generators.js';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

function decodes(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Valid UTF-8 with a few bytes overwritten: most inputs break somewhere interesting, not at byte 0. */
const damagedUtf8Arb = fc
  .tuple(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
  .map(([text, damage]) => {
    const bytes = encoder.encode(text);
    for (const [at, value] of damage) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return bytes;
  });

describe('document limits', () => {
  it('the editor setting and the CLI share one default size limit', () => {
    assert.equal(defaultSettings().maxFileSize, DEFAULT_MAX_FILE_SIZE);
  });

  it('nulByteOffset looks at the first 8 KB only', () => {
    const bytes = new Uint8Array(BINARY_SNIFF_BYTES + 10).fill(0x61);
    assert.equal(nulByteOffset(bytes), -1);
    bytes[BINARY_SNIFF_BYTES] = 0;
    assert.equal(nulByteOffset(bytes), -1, 'just past the sniffed bytes');
    bytes[BINARY_SNIFF_BYTES - 1] = 0;
    assert.equal(nulByteOffset(bytes), BINARY_SNIFF_BYTES - 1);
  });

  it('on decoded text, the NUL test answers as it would on the UTF-8 bytes (astral, accents, lone surrogates)', () => {
    const textArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\u0000', '\ud800', '\udc00'), maxLength: 40 }),
      // Around the 8 KB boundary, where a character's byte length decides whether a NUL is seen.
      fc
        .tuple(fc.integer({ min: 2700, max: 2740 }), fc.constantFrom('€', 'é', '😀'), fc.string({ unit: fc.constantFrom('a', '\u0000'), maxLength: 8 }))
        .map(([n, filler, tail]) => filler.repeat(n) + tail),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        assert.equal(nulCharacterOffset(text), nulByteOffset(encoder.encode(text)));
      }),
      propertyParameters(400),
    );
  });

  it('invalidUtf8Offset agrees with a fatal TextDecoder, and points at the first bad byte', () => {
    fc.assert(
      fc.property(fc.oneof(damagedUtf8Arb, fc.uint8Array({ maxLength: 24 })), (bytes) => {
        const at = invalidUtf8Offset(bytes);
        assert.equal(at === -1, decodes(bytes), `offset ${at}`);
        if (at >= 0) {
          assert.ok(decodes(bytes.subarray(0, at)), 'everything before the offset is valid');
          assert.ok(!decodes(bytes.subarray(at)), 'the rest is not');
        }
      }),
      propertyParameters(2000),
    );
  });

  it('invalidUtf8Offset: overlong forms, surrogates, past U+10FFFF, truncated sequences', () => {
    assert.equal(invalidUtf8Offset(Uint8Array.of(0x61, 0xc0, 0xaf)), 1, 'overlong "/"');
    assert.equal(invalidUtf8Offset(Uint8Array.of(0xe0, 0x80, 0xaf)), 0, 'overlong three-byte form');
    assert.equal(invalidUtf8Offset(Uint8Array.of(0xed, 0xa0, 0x80)), 0, 'UTF-16 surrogate D800');
    assert.equal(invalidUtf8Offset(Uint8Array.of(0xf4, 0x90, 0x80, 0x80)), 0, 'U+110000');
    assert.equal(invalidUtf8Offset(Uint8Array.of(0x61, 0x62, 0xe2, 0x82)), 2, 'a truncated euro sign');
    assert.equal(invalidUtf8Offset(encoder.encode('é€😀\u{10FFFF}')), -1);
  });
});
