// The debrief: what each team chose and why, per round, from a finished (or running) game and its log.
import type { Deck } from '../cards/schema.ts';
import { deckIndex } from '../engine/lookup.ts';
import type { GameState } from '../engine/types.ts';
import type { Action } from '../protocol/actions.ts';
import type { SessionPlan } from '../plan/plan.ts';
import type { MomentStart } from '../plan/progress.ts';
import { t } from '../i18n/index.ts';
import type { Language } from '../vocabulary.ts';
import { facilitatorQuestions } from './questions.ts';

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
  /** 'dilemmas': a dilemma-only session (no board, no score): the debrief is the conversation alone. */
  mode: 'full' | 'dilemmas';
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
    /** Every team's vote: for a one-team card the others' votes are advice. */
    choices: { team: string; option: string; label: string; principle: number | null; principleTitle: string | null; reason: string; defaulted: boolean; advice: boolean }[];
    /** Vieren & Leren: each team's harvest line. */
    harvest: { team: string; text: string }[];
    principles: { team: string; principle: number; title: string }[];
    realised: { initiative: string; title: string; trekker: string; cofunders: Funder[]; cp: number }[];
    /** The team given the dialogue bonus this round, if any. */
    dialogueBonus: string | null;
    cpStart: number;
    cpEnd: number;
    vertrouwenEnd: number;
  }[];
  initiatives: { initiative: string; title: string; location: string; trekker: string; funders: Record<string, number>; cofunders: Funder[]; realised: boolean; realisedRound: number | null; overgenomen: boolean; cp: number }[];
  principlesPlayed: Record<string, PrincipleTally>;
  /** Principles argued with a vote, with the reasons given. */
  principlesArgued: Record<string, PrincipleTally & { reasons: { team: string; round: number; dilemma: string; option: string; reason: string }[] }>;
  /** The closing reflection: the two questions as asked, and every team's answers. */
  closing: { questions: [string, string]; answers: { team: string; question: 0 | 1; text: string }[] };
  /** Questions for the facilitator that link the game to the participants' own practice. */
  questions: string[];
  /** The session plan (sessions created with a length) and when each moment really began. */
  plan: SessionPlan | null;
  moments: MomentStart[];
  actions: DebriefAction[];
}

export interface PrincipleTally {
  title: string;
  count: number;
  byTeam: Record<string, number>;
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
  const principleTitle = (n: number) => index.principles.get(n)?.title[lang] ?? String(n);
  const tally = <T extends PrincipleTally>(into: Record<string, T>, n: number, team: string, extra: Omit<T, keyof PrincipleTally>) => {
    const entry = (into[n] ??= { title: principleTitle(n), count: 0, byTeam: {}, ...extra } as T);
    entry.count++;
    entry.byTeam[team] = (entry.byTeam[team] ?? 0) + 1;
    return entry;
  };
  const principlesPlayed: Debrief['principlesPlayed'] = {};
  const principlesArgued: Debrief['principlesArgued'] = {};
  const timeline: Debrief['timeline'] = game.rounds.map((r) => {
    const card = r.dilemma ? index.dilemmas.get(r.dilemma) ?? null : null;
    const label = (option: string) => card?.options.find((o) => o.id === option)?.label[lang] ?? option;
    // A card argued with a deciding vote is spent and recorded as played too: count it once, as argued.
    const spentWithVote = r.choices.filter((c) => c.principle !== null && !c.advice).map((c) => `${c.team}:${c.principle}`);
    for (const p of r.principles) {
      const i = spentWithVote.indexOf(`${p.team}:${p.principle}`);
      if (i >= 0) spentWithVote.splice(i, 1);
      else tally(principlesPlayed, p.principle, p.team, {});
    }
    for (const c of r.choices) {
      if (c.principle === null) continue;
      tally(principlesArgued, c.principle, c.team, { reasons: [] }).reasons.push({ team: c.team, round: r.round, dilemma: card?.title[lang] ?? '', option: label(c.option), reason: c.reason });
    }
    return {
      round: r.round,
      dilemma: card && { id: card.id, kind: card.kind, title: card.title[lang], reflection: card.reflection[lang] },
      choices: r.choices.map((c) => ({
        team: c.team, option: c.option, label: label(c.option), principle: c.principle,
        principleTitle: c.principle === null ? null : principleTitle(c.principle), reason: c.reason, defaulted: c.defaulted, advice: c.advice,
      })),
      harvest: r.harvest.map((h) => ({ ...h })),
      /** Every card that left a hand this round: played in Doen or spent with a vote. */
      principles: r.principles.map((p) => ({ ...p, title: principleTitle(p.principle) })),
      realised: r.realised.map((id) => {
        const project = game.projects.find((p) => p.initiative === id)!;
        return { initiative: id, title: index.initiatives.get(id)!.title[lang], trekker: project.trekker, cofunders: cofundersOf(project), cp: project.cp };
      }),
      dialogueBonus: r.dialogueBonus,
      cpStart: r.cpStart,
      cpEnd: r.cpEnd,
      vertrouwenEnd: r.vertrouwenEnd,
    };
  });
  const initiatives: Debrief['initiatives'] = game.projects.map((p) => ({
    initiative: p.initiative, title: index.initiatives.get(p.initiative)!.title[lang],
    location: scenario.locations.find((l) => l.id === p.location)?.name[lang] ?? p.location,
    trekker: p.trekker, funders: { ...p.funders }, cofunders: cofundersOf(p), realised: p.realised, realisedRound: p.realisedRound, overgenomen: p.overgenomen, cp: p.cp,
  }));
  const closing: Debrief['closing'] = {
    questions: [0, 1].map((q) => game.closing.questions[q] ?? t(lang, `closing.question${q}`)) as [string, string],
    answers: game.closing.answers.map((a) => ({ ...a })),
  };
  const teamName = (id: string) => game.teams.find((x) => x.id === id)?.name ?? id;
  const questions = facilitatorQuestions({
    language: lang, teamName,
    dilemmas: timeline.flatMap((r) => (r.dilemma ? [{ title: r.dilemma.title, choices: r.choices }] : [])),
    argued: principlesArgued, played: principlesPlayed,
    allPrinciples: deck.principles.map((p) => ({ number: p.number, title: p.title[lang] })),
    realised: initiatives.filter((i) => i.realised),
  });
  return {
    code,
    language: lang,
    mode: game.settings.mode ?? 'full',
    scenario: { id: scenario.id, name: scenario.name[lang] },
    rounds: game.settings.rounds,
    teams: game.teams.map((t) => ({ id: t.id, name: t.name, colour: t.colour, icon: t.icon, bot: t.bot, removed: t.removed, cp: t.cp, contributed: t.contributed })),
    result: game.result,
    cp: game.cp,
    target,
    vertrouwen: game.vertrouwen,
    domains: [...game.domains],
    timeline,
    initiatives,
    principlesPlayed,
    principlesArgued,
    closing,
    questions,
    plan: extras.plan ?? null,
    moments: extras.moments ?? [],
    actions: log.map((l) => ({ seq: l.seq, at: new Date(l.at).toISOString(), by: l.by, action: l.action })),
  };
}
