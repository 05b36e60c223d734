// What a team device typed and has not sent yet (a vote's reason, a harvest line, a closing answer), kept on the
// device: a reload, or a dropped Wi-Fi that reloads the page, brings the text back into its field. Keyed by session
// code, team and what the text is for; a draft that no longer applies is dropped (see keepOnly).
const PREFIX = 'gk.draft.';
/** Drafts of other sessions are dropped once this old (a tablet is used again in the next masterclass). */
const OTHER_SESSION_MS = 24 * 60 * 60 * 1000;

export interface Drafts {
  /** The unsent text for this purpose, or null when there is none. */
  get(purpose: string): string | null;
  /** Keeps (or, with null, drops) the unsent text for this purpose. */
  set(purpose: string, text: string | null): void;
  /** Drops this session's drafts except this team's for these purposes, and other sessions' old drafts. */
  keepOnly(purposes: string[]): void;
}

interface Stored { text: string; at: number }

/** The browser's storage, or none (private modes may refuse it): drafts then live as long as the page. */
function deviceStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function draftsFor(code: string, team: string, storage: Storage | null = deviceStorage()): Drafts {
  const session = `${PREFIX}${code}.`;
  const key = (purpose: string) => `${session}${team}.${purpose}`;
  const memory = new Map<string, string>();
  const read = (k: string): Stored | null => {
    try {
      const value = JSON.parse(storage?.getItem(k) ?? 'null') as Stored | null;
      return typeof value?.text === 'string' ? value : null;
    } catch {
      return null;
    }
  };
  const write = (k: string, text: string | null) => {
    if (text === null) memory.delete(k);
    else memory.set(k, text);
    try {
      if (text === null) storage?.removeItem(k);
      else storage?.setItem(k, JSON.stringify({ text, at: Date.now() } satisfies Stored));
    } catch {
      // Storage full or refused: the draft still lives in the page.
    }
  };
  return {
    get: (purpose) => memory.get(key(purpose)) ?? read(key(purpose))?.text ?? null,
    set: (purpose, text) => write(key(purpose), text),
    keepOnly(purposes) {
      const keep = new Set(purposes.map(key));
      for (const k of memory.keys()) if (!keep.has(k)) memory.delete(k);
      if (!storage) return;
      const stale: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (!k?.startsWith(PREFIX) || keep.has(k)) continue;
        if (k.startsWith(session) || Date.now() - (read(k)?.at ?? 0) > OTHER_SESSION_MS) stale.push(k);
      }
      stale.forEach((k) => storage.removeItem(k));
    },
  };
}
