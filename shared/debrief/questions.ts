// Questions for the facilitator that link what happened in the game to the participants' own practice.
// Drawn from the session itself (where teams chose differently, which principle was argued most, which one
// nobody used, what only succeeded together), then two that always fit.
import { t } from '../i18n/index.ts';
import type { Language } from '../vocabulary.ts';

export interface QuestionInput {
  language: Language;
  teamName: (id: string) => string;
  dilemmas: { title: string; choices: { label: string }[] }[];
  /** Principle number → title and how often it was argued with a vote or played. */
  argued: Record<string, { title: string; count: number }>;
  played: Record<string, { title: string; count: number }>;
  allPrinciples: { number: number; title: string }[];
  realised: { title: string; trekker: string; cofunders: { team: string }[] }[];
}

const MAX_FROM_GAME = 4;

export function facilitatorQuestions(d: QuestionInput): string[] {
  const L = d.language;
  const fromGame: string[] = [];
  // The dilemma where the votes were most divided.
  const divided = d.dilemmas
    .map((x) => ({ x, labels: new Set(x.choices.map((c) => c.label)) }))
    .filter(({ labels }) => labels.size > 1)
    .sort((a, b) => b.labels.size - a.labels.size)[0];
  if (divided) fromGame.push(t(L, 'questions.divided', { title: divided.x.title, options: [...divided.labels].join(' / ') }));

  const ranked = (r: Record<string, { title: string; count: number }>) => Object.entries(r).sort((a, b) => b[1].count - a[1].count || Number(a[0]) - Number(b[0]));
  const topArgued = ranked(d.argued)[0];
  if (topArgued) fromGame.push(t(L, 'questions.argued', { n: topArgued[0], title: topArgued[1].title }));

  const used = new Set([...Object.keys(d.argued), ...Object.keys(d.played)].map(Number));
  const unused = d.allPrinciples.find((p) => !used.has(p.number));
  if (unused && used.size > 0) fromGame.push(t(L, 'questions.unused', { n: unused.number, title: unused.title }));

  const together = d.realised.filter((r) => r.cofunders.length > 0).sort((a, b) => b.cofunders.length - a.cofunders.length)[0];
  if (together) {
    const teams = [together.trekker, ...together.cofunders.map((c) => c.team)].map(d.teamName).join(', ');
    fromGame.push(t(L, 'questions.together', { title: together.title, teams }));
  } else if (d.realised.length > 0) {
    fromGame.push(t(L, 'questions.alone'));
  }
  return [...fromGame.slice(0, MAX_FROM_GAME), t(L, 'questions.system'), t(L, 'questions.monday')];
}
