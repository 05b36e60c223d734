// What the console has to say about the facilitator's own actions (a refused action, a copied link), beside the
// control that caused it. Not a toast: the console shares the projector's page, and a toast there is read by the
// whole room; a note in the console is read by the facilitator, in the facilitator's language.
import { html, nothing } from 'lit-html';
import { svgIcon } from '../lib/icon.ts';
import { ICONS } from '../lib/icons.ts';

/** How long a note stays beside its control. Long enough to read after looking up from the room. */
const NOTE_MS = 12_000;

export interface ConsoleNotes {
  /** Says `text` beside the control `at` (an error unless `kind` is info); replaces any earlier note. */
  show(at: string, text: string, kind?: 'error' | 'info'): void;
  clear(): void;
  /** The note for the control `at`, if it has one now. */
  at(at: string): ReturnType<typeof html> | typeof nothing;
}

export function consoleNotes(redraw: () => void): ConsoleNotes {
  let note: { at: string; text: string; kind: 'error' | 'info' } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!note) return;
    note = null;
    redraw();
  };
  return {
    show(at, text, kind = 'error') {
      if (timer) clearTimeout(timer);
      note = { at, text, kind };
      timer = setTimeout(clear, NOTE_MS);
      redraw();
    },
    clear,
    at(at) {
      if (note?.at !== at) return nothing;
      return html`<span class="console-note ${note.kind}" id="console-note-${at}" role=${note.kind === 'error' ? 'alert' : 'status'}>${
        note.kind === 'error' ? nothing : svgIcon(ICONS.check)}${note.text}</span>`;
    },
  };
}
