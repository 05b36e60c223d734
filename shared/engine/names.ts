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

/** The TR39 skeleton, also across upper and lower case. */
export function nameKey(name: string): string {
  return skeleton(skeleton(cleanName(name)).toLowerCase());
}

export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);
