// Built-in presets a configuration can extend by name ("extends": "strict").
import type { ConfigLayer } from './types.js';
import { emptyLayer } from './types.js';

export type PresetName = 'strict' | 'relaxed';

export const PRESETS: Readonly<Record<PresetName, ConfigLayer>> = {
  /** For proposals that go out under the firm's name: every posture counts against the build. */
  strict: {
    ...emptyLayer(),
    severity: {
      imposition: 'error',
      rejet: 'error',
      refus: 'error',
      sachant: 'error',
      absolu: 'warning',
      complaisance: 'warning',
    },
  },
  /** For drafts and internal notes: certainty and over-promising are not worth a mention, the rest is a hint. */
  relaxed: {
    ...emptyLayer(),
    severity: {
      imposition: 'information',
      rejet: 'information',
      refus: 'information',
      sachant: 'information',
      absolu: 'off',
      complaisance: 'off',
    },
  },
};

export function isPresetName(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}

/** A bare word is a preset; anything that looks like a path ("./base.json", "../x", "a/b") is a file. */
export function looksLikePresetReference(reference: string): boolean {
  return !/[\\/]/.test(reference) && !reference.toLowerCase().endsWith('.json') && !reference.startsWith('.');
}
