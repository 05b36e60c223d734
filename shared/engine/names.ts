// Team names that are what they look like. A name is NFKC-normalised and loses control, bidi, zero-width and
// other invisible characters; two names clash when their confusable skeletons (Unicode TR39, with the
// confusables data of the unhomoglyph package) are the same, case aside: "Alfa", "ALFA", "Аlfa" (Cyrillic А)
// and "AIfa" are one name.
import unhomoglyph from 'unhomoglyph';

// Cc: controls (NUL, ESC of ANSI sequences); Cf: format characters (bidi overrides and isolates, zero-width
// space and joiners, BOM, soft hyphen); line and paragraph separators; variation selectors; Hangul fillers.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u115F\u1160\u3164\uFFA0]/gu;

/** The name as it is stored and shown; '' when nothing visible is left. */
export function cleanName(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

const skeleton = (s: string) => unhomoglyph(s.normalize('NFD')).normalize('NFD');

/** Skeletons of names seen lately: each join compares the new name with every team's (a pure function of the name). */
const keys = new Map<string, string>();
const KEYS_KEPT = 1024;

/** The TR39 skeleton, also across upper and lower case. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.delete(keys.keys().next().value!);
    key = skeleton(skeleton(cleanName(name)).toLowerCase());
    keys.set(name, key);
  }
  return key;
}

export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);
