// The debrief: what each team chose and why, per round, from a finished (or running) game and its log.
import type { Deck } from '../cards/schema.ts';
import { deckIndex } from '../engine/lookup.ts';
import type { GameState } from '../engine/types.ts';
import type { Action } from '../protocol/actions.ts';
import type { SessionPlan } from '../plan/plan.ts';
import type { MomentStart } from '../plan/progress.ts';
import type { Language } from '../vocabulary.ts';

export interface DebriefAction {
  seq: number;
  at: string;
  by: string;
  action: Action;
}

/** A team's share in an initiative: the trekker and every co-funder, with the tokens each gave. */
export interface Funder {
  team: string;
  tokens: number;
}

export interface Debrief {
  code: string;
  language: Language;
  scenario: { id: string; name: string };
  rounds: number;
  teams: { id: string; name: string; colour: string; icon: string; bot: string | null; removed: boolean; cp: number; contributed: number }[];
  result: GameState['result'];
  cp: number;
  target: number;
  vertrouwen: number;
  domains: string[];
  timeline: {
    round: number;
    dilemma: { id: string; kind: string; title: string; reflection: string } | null;
    choices: { team: string; option: string; label: string; principle: number | null; defaulted: boolean }[];
    principles: { team: string; principle: number; title: string }[];
    realised: { initiative: string; title: string; trekker: string; cofunders: Funder[]; cp: number }[];
    /** The team given the dialogue bonus this round, if any. */
    dialogueBonus: string | null;
    cpStart: number;
    cpEnd: number;
    vertrouwenEnd: number;
  }[];
  initiatives: { initiative: string; title: string; location: string; trekker: string; funders: Record<string, number>; cofunders: Funder[]; realised: boolean; realisedRound: number | null; overgenomen: boolean; cp: number }[];
  principlesPlayed: Record<string, { title: string; count: number; byTeam: Record<string, number> }>;
  /** The session plan (sessions created with a length) and when each moment really began. */
  plan: SessionPlan | null;
  moments: MomentStart[];
  actions: DebriefAction[];
}

export interface DebriefExtras {
  plan?: SessionPlan | null;
  moments?: MomentStart[];
}

/** Everyone but the trekker who put tokens in, most tokens first. */
const cofundersOf = (p: { trekker: string; funders: Record<string, number> }): Funder[] =>
  Object.entries(p.funders).filter(([team, tokens]) => team !== p.trekker && tokens > 0)
    .map(([team, tokens]) => ({ team, tokens })).sort((a, b) => b.tokens - a.tokens);

export function buildDebrief(deck: Deck, game: GameState, code: string, target: number, log: { seq: number; at: number; by: string; action: Action }[], extras: DebriefExtras = {}): Debrief {
  const index = deckIndex(deck);
  const lang = game.settings.language;
  const scenario = index.scenarios.get(game.settings.scenario)!;
  const principlesPlayed: Debrief['principlesPlayed'] = {};
  for (const r of game.rounds) {
    for (const p of r.principles) {
      const entry = (principlesPlayed[p.principle] ??= { title: index.principles.get(p.principle)!.title[lang], count: 0, byTeam: {} });
      entry.count++;
      entry.byTeam[p.team] = (entry.byTeam[p.team] ?? 0) + 1;
    }
  }
  return {
    code,
    language: lang,
    scenario: { id: scenario.id, name: scenario.name[lang] },
    rounds: game.settings.rounds,
    teams: game.teams.map((t) => ({ id: t.id, name: t.name, colour: t.colour, icon: t.icon, bot: t.bot, removed: t.removed, cp: t.cp, contributed: t.contributed })),
    result: game.result,
    cp: game.cp,
    target,
    vertrouwen: game.vertrouwen,
    domains: [...game.domains],
    timeline: game.rounds.map((r) => {
      const card = r.dilemma ? index.dilemmas.get(r.dilemma)! : null;
      return {
        round: r.round,
        dilemma: card && { id: card.id, kind: card.kind, title: card.title[lang], reflection: card.reflection[lang] },
        choices: r.choices.map((c) => ({
          team: c.team, option: c.option, label: card?.options.find((o) => o.id === c.option)?.label[lang] ?? c.option,
          principle: c.principle, defaulted: c.defaulted,
        })),
        principles: r.principles.map((p) => ({ ...p, title: index.principles.get(p.principle)!.title[lang] })),
        realised: r.realised.map((id) => {
          const project = game.projects.find((p) => p.initiative === id)!;
          return { initiative: id, title: index.initiatives.get(id)!.title[lang], trekker: project.trekker, cofunders: cofundersOf(project), cp: project.cp };
        }),
        dialogueBonus: r.dialogueBonus,
        cpStart: r.cpStart,
        cpEnd: r.cpEnd,
        vertrouwenEnd: r.vertrouwenEnd,
      };
    }),
    initiatives: game.projects.map((p) => ({
      initiative: p.initiative, title: index.initiatives.get(p.initiative)!.title[lang],
      location: scenario.locations.find((l) => l.id === p.location)?.name[lang] ?? p.location,
      trekker: p.trekker, funders: { ...p.funders }, cofunders: cofundersOf(p), realised: p.realised, realisedRound: p.realisedRound, overgenomen: p.overgenomen, cp: p.cp,
    })),
    principlesPlayed,
    plan: extras.plan ?? null,
    moments: extras.moments ?? [],
    actions: log.map((l) => ({ seq: l.seq, at: new Date(l.at).toISOString(), by: l.by, action: l.action })),
  };
}
