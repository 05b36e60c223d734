// Dilemma effects in words, for the options and the revealed votes ("+2 Geld, Vertrouwen −1").
import type { DilemmaEffect } from '../../shared/cards/schema.ts';
import { TOKEN_TYPES } from '../../shared/vocabulary.ts';
import { tr, ui } from './i18n.ts';
import { count } from './plural.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);
const tokens = (delta: Partial<Record<string, number>>) =>
  TOKEN_TYPES.filter((t) => delta[t]).map((t) => `${signed(delta[t]!)} ${tr(`tokens.${t}`)}`).join(', ');

export function describeEffect(e: DilemmaEffect): string {
  switch (e.type) {
    case 'tokens': return tokens(e.delta);
    case 'allTeams': return ui('effect.allTeams', { what: tokens(e.delta) });
    case 'income': return ui('effect.income', { what: tokens(e.delta) });
    case 'vertrouwen': return `${ui('tracks.trust')} ${signed(e.delta)}`;
    case 'cp': return `${ui('tracks.cp')} ${signed(e.delta)}`;
    case 'exhaust': return ui('effect.exhaust');
    case 'discard': return ui('effect.discard', { n: count('cards', e.count) });
    case 'draw': return ui('effect.draw', { n: count('cards', e.count) });
    case 'progress': return ui('effect.progress', { n: signed(e.delta) });
    case 'pause': return ui('effect.pause');
    case 'coopt': return ui('effect.coopt');
  }
}

export const describeEffects = (effects: DilemmaEffect[]) => effects.map(describeEffect).filter(Boolean).join(' · ');
