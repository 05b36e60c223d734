// What the projector shows in Vieren & Leren and at the end: the initiatives realised this round, the harvest wall
// (each team's one line), the closing answers and the end result, as blocks for the paged stage.
import { html, nothing } from 'lit-html';
import type { Deck } from '../../shared/cards/schema.ts';
import { local, tr, ui } from '../lib/i18n.ts';
import { svgIcon } from '../lib/icon.ts';
import { ICONS } from '../lib/icons.ts';
import { teamsInOrder, type GameModel } from '../lib/model.ts';
import { count } from '../lib/plural.ts';
import type { Block } from './paged.ts';
import { teamBadge } from './teamParts.ts';

export const initiativeTitle = (deck: Deck, id: string) => {
  const card = deck.initiatives.find((i) => i.id === id);
  return card ? local(card.title) : id;
};

/** "Team Zon, Team Blad": who made an initiative happen (the trekker first). */
export function makers(g: GameModel, trekker: string, funders: string[]) {
  const ids = [trekker, ...funders.filter((f) => f !== trekker)];
  return ids.map((id) => g.teams[id]?.name).filter(Boolean).join(', ');
}

export function realisedThisRound(g: GameModel, deck: Deck): Block[] {
  const realised = Object.values(g.projects).filter((p) => p.realised && p.realisedRound === g.round);
  if (realised.length === 0) return [];
  return [{
    key: 'realised',
    body: html`<section class="celebration"><h2>${svgIcon(ICONS.sparkles)} ${ui('celebrate.title')}</h2>
      <ul>${realised.map((p) => html`<li><b>${initiativeTitle(deck, p.initiative)}</b> ${ui('celebrate.by', { teams: makers(g, p.trekker, Object.keys(p.funders)) })} · +${p.cp}</li>`)}</ul></section>`,
  }];
}

interface RoundRecordView { round: number; harvest?: { team: string; text: string }[] }
interface ClosingView { questions: [string | null, string | null]; answers: { team: string; question: 0 | 1; text: string }[] }

function parse<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

export const harvestLines = (g: GameModel) =>
  parse<RoundRecordView[]>(g.history, []).find((r) => r.round === g.round)?.harvest ?? [];

export const closingOf = (g: GameModel) => parse<ClosingView | null>(g.closing, null);

/** The harvest wall: every team's line this round, in team order; the question to talk about first. */
export function harvestBlocks(g: GameModel, deck: Deck): Block[] {
  const lines = harvestLines(g);
  const reflection = g.dilemma ? deck.dilemmas.find((d) => d.id === g.dilemma!.card)?.reflection : undefined;
  return [
    ...realisedThisRound(g, deck),
    { key: 'harvest-head', body: html`<div class="wall-head"><h2>${ui('harvest.title')}</h2><p class="muted">${ui('harvest.prompt')}</p>
      ${reflection ? html`<p class="reflection"><b>${ui('dilemma.reflection')}:</b> ${local(reflection)}</p>` : nothing}</div>` },
    ...teamsInOrder(g).flatMap((t): Block[] => {
      const mine = lines.filter((l) => l.team === t.id);
      return mine.map((l, i) => ({ key: `harvest-${t.id}-${i}`, body: html`<div class="wall-card" style="border-left-color:${t.colour}">${teamBadge(t)}<p>${l.text}</p></div>` }));
    }),
  ];
}

/** The closing reflection: both questions, each with the teams' answers. */
export function closingBlocks(g: GameModel): Block[] {
  const closing = closingOf(g);
  const questions = [0, 1] as const;
  return questions.flatMap((q): Block[] => {
    const question = closing?.questions[q] ?? tr(`closing.question${q}`);
    const answers = (closing?.answers ?? []).filter((a) => a.question === q);
    return [
      { key: `question-${q}`, body: html`<h2 class="closing-question">${question}</h2>` },
      ...teamsInOrder(g).flatMap((t): Block[] => answers.filter((a) => a.team === t.id).map((a) => ({
        key: `answer-${q}-${t.id}`, body: html`<div class="wall-card" style="border-left-color:${t.colour}">${teamBadge(t)}<p>${a.text}</p></div>`,
      }))),
    ];
  });
}

export function endBlocks(g: GameModel): Block[] {
  const result = parse<{ won: boolean; cp: number; target: number; domains: number } | null>(g.result, null);
  if (!result) return [];
  return [{
    key: 'end',
    body: html`<section class="end ${result.won ? 'won' : 'not-won'}"><h2>${result.won ? ui('end.won') : ui('end.notWon')}</h2>
      <p>${ui('end.summary', { cp: result.cp, target: result.target, domains: count('domains', result.domains) })}</p></section>`,
  }];
}
