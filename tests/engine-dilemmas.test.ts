// The Gedoe phase: every team votes (choose, change, lock), hidden until all are locked or time is up,
// effects per target, advice, defaults, trust thresholds, the facilitator's pick. Uses the fixture dilemmas.
import { describe, expect, it } from 'vitest';
import { publicDeck } from '../server/decks.ts';
import { reduce, replay, viewFor } from '../shared/engine/index.ts';
import type { GameState } from '../shared/engine/types.ts';
import { fixtureDeck } from './helpers/deck.ts';
import { claimFor, giveCard, inDoen, must, openGedoe, setTokens, team, voteAll } from './helpers/game.ts';

const game = (teams: number) => inDoen(teams, 'het-dorp', fixtureDeck);

function lock(state: GameState, teamId: string, option: string, extra: { reason?: string; principle?: number } = {}) {
  must(state, { type: 'vote', team: teamId, option, ...extra });
  return must(state, { type: 'lockVote', team: teamId });
}

describe('every team votes', () => {
  it("shows a team's vote to its own devices only until every team has locked, then all votes with reasons side by side", () => {
    const state = game(3);
    openGedoe(state, 'ruzie');
    must(state, { type: 'vote', team: 't1', option: 'doorgaan', reason: 'We hebben haast' });
    expect(viewFor(state, { team: 't1' }).dilemma!.votes).toEqual({ t1: { option: 'doorgaan', principle: null, reason: 'We hebben haast', locked: false } });
    expect(viewFor(state, { team: 't2' }).dilemma!.votes).toEqual({});
    expect(viewFor(state, 'observer').dilemma!.votes).toEqual({});
    expect(viewFor(state, 'observer').dilemma!.voted).toEqual([]);
    must(state, { type: 'lockVote', team: 't1' });
    expect(viewFor(state, 'observer').dilemma!.voted).toEqual(['t1']);
    expect(viewFor(state, 'facilitator').dilemma!.votes).toHaveProperty('t1');
    lock(state, 't2', 'afwachten', { reason: 'Eerst kijken' });
    expect(state.dilemma!.revealed).toBe(false);
    const events = lock(state, 't3', 'doorgaan');
    expect(events.find((e) => e.type === 'votesRevealed')).toBeTruthy();
    const seen = viewFor(state, 'observer').dilemma!;
    expect(Object.keys(seen.votes)).toEqual(['t1', 't2', 't3']);
    expect(seen.choices.map((c) => [c.team, c.option, c.reason])).toEqual([
      ['t1', 'doorgaan', 'We hebben haast'], ['t2', 'afwachten', 'Eerst kijken'], ['t3', 'doorgaan', ''],
    ]);
    expect(state.rounds[0]!.choices).toEqual(seen.choices);
  });

  it('lets a team change its vote until it locks it; a lock is final', () => {
    const state = game(2);
    openGedoe(state, 'ruzie');
    setTokens(state, 't1', { handen: 1 });
    expect(reduce(state, { type: 'lockVote', team: 't1' })).toMatchObject({ ok: false, error: { code: 'noVoteYet' } });
    must(state, { type: 'vote', team: 't1', option: 'doorgaan' });
    must(state, { type: 'vote', team: 't1', option: 'praten', reason: 'toch praten' });
    must(state, { type: 'lockVote', team: 't1' });
    expect(reduce(state, { type: 'vote', team: 't1', option: 'doorgaan' })).toMatchObject({ ok: false, error: { code: 'voteLocked' } });
    expect(reduce(state, { type: 'lockVote', team: 't1' })).toMatchObject({ ok: false, error: { code: 'voteLocked' } });
    lock(state, 't2', 'afwachten');
    expect(state.dilemma!.choices.find((c) => c.team === 't1')).toMatchObject({ option: 'praten', reason: 'toch praten' });
    expect(team(state, 't1').tokens.handen).toBe(0);
    expect(reduce(state, { type: 'vote', team: 't2', option: 'doorgaan' })).toMatchObject({ ok: false, error: { code: 'votesRevealed' } });
  });

  it('when time is up, counts an unlocked vote as it stands and gives a team without a vote the default option', () => {
    const state = game(3);
    openGedoe(state, 'ruzie');
    lock(state, 't1', 'doorgaan');
    must(state, { type: 'vote', team: 't2', option: 'doorgaan', reason: 'bijna' });
    must(state, { type: 'timeUp' });
    expect(state.dilemma!.choices).toEqual([
      { team: 't1', option: 'doorgaan', principle: null, reason: '', defaulted: false, advice: false },
      { team: 't2', option: 'doorgaan', principle: null, reason: 'bijna', defaulted: false, advice: false },
      { team: 't3', option: 'afwachten', principle: null, reason: '', defaulted: true, advice: false },
    ]);
  });

  it("applies each team's own choice to itself on an all-teams card", () => {
    const state = game(2);
    openGedoe(state, 'ruzie');
    setTokens(state, 't1', { energie: 2 });
    setTokens(state, 't2', { energie: 2 });
    lock(state, 't1', 'doorgaan');
    lock(state, 't2', 'afwachten');
    expect(team(state, 't1').tokens).toMatchObject({ energie: 2, handen: 1 });
    expect(team(state, 't2').tokens).toMatchObject({ energie: 1, handen: 0 });
  });

  it("lets the targeted team's vote decide on a one-team card; the others' votes are advice: recorded, no effects, no cost, no card spent", () => {
    const state = game(3);
    team(state, 't2').cp = 5; // most-cp: the card is for t2
    openGedoe(state, 'wethouder');
    expect(state.dilemma!.targets).toEqual(['t2']);
    setTokens(state, 't1', {});
    setTokens(state, 't2', { netwerk: 1 });
    setTokens(state, 't3', { netwerk: 1 });
    giveCard(state, 't3', 8);
    // An adviser may advise an option it could not pay itself.
    lock(state, 't1', 'rechtzetten', { reason: 'Eerlijk is eerlijk' });
    lock(state, 't3', 'rechtzetten');
    const trust = state.vertrouwen;
    lock(state, 't2', 'laten', { reason: 'Laat maar' });
    expect(state.dilemma!.choices).toEqual([
      { team: 't1', option: 'rechtzetten', principle: null, reason: 'Eerlijk is eerlijk', defaulted: false, advice: true },
      { team: 't2', option: 'laten', principle: null, reason: 'Laat maar', defaulted: false, advice: false },
      { team: 't3', option: 'rechtzetten', principle: null, reason: '', defaulted: false, advice: true },
    ]);
    expect(state.vertrouwen).toBe(trust - 1);
    expect(team(state, 't1').tokens.netwerk).toBe(0);
    expect(team(state, 't3').tokens.netwerk).toBe(1);
    expect(team(state, 't3').hand).toContain(8);
  });

  it('caps the change of Vertrouwen from one dilemma at 2, however many teams vote', () => {
    const state = game(6);
    openGedoe(state, 'ruzie');
    const trust = state.vertrouwen;
    voteAll(state, 'doorgaan');
    expect(state.vertrouwen).toBe(trust - 2);
  });

  it('makes every positiespel option cost 1 Geld or Netwerk more at Vertrouwen 2 or less', () => {
    const state = game(2);
    openGedoe(state, 'subsidie');
    state.vertrouwen = 2;
    setTokens(state, 't1', { netwerk: 2 });
    setTokens(state, 't2', { geld: 1 });
    lock(state, 't1', 'onderhandelen');
    lock(state, 't2', 'nee');
    expect(team(state, 't1').tokens).toMatchObject({ netwerk: 0, geld: 1 });
    expect(team(state, 't2').tokens).toMatchObject({ geld: 0, energie: 1 });
  });

  it("applies the small print after the reveal: the team's initiative is taken over", () => {
    const state = game(2);
    claimFor(state, 't1', 'moestuin', 'speelweide');
    openGedoe(state, 'subsidie');
    setTokens(state, 't1', { netwerk: 1 });
    lock(state, 't1', 'ja');
    lock(state, 't2', 'nee');
    expect(state.projects[0]!.overgenomen).toBe(true);
    expect(team(state, 't1').tokens).toMatchObject({ netwerk: 0, geld: 2 });
  });

  it("hides an option's numbers from every seat until the reveal; the deck clients get carries none", () => {
    const state = game(2);
    openGedoe(state, 'subsidie');
    for (const seat of [{ team: 't1' }, 'facilitator', 'observer'] as const) expect(viewFor(state, seat).dilemma!.outcomes).toBeNull();
    const sent = publicDeck(fixtureDeck).dilemmas.find((c) => c.id === 'subsidie')!;
    expect(sent.options.every((o) => o.effects.length === 0 && o.hidden.length === 0)).toBe(true);
    expect(sent.options.find((o) => o.id === 'onderhandelen')).toMatchObject({ hint: { nl: 'Kost netwerk, geeft invloed' }, cost: { netwerk: 1 }, talk: true });
    voteAll(state, 'nee');
    const outcomes = viewFor(state, 'observer').dilemma!.outcomes!;
    expect(outcomes.find((o) => o.id === 'ja')).toEqual({ id: 'ja', effects: [{ type: 'tokens', delta: { geld: 2 } }], hidden: [{ type: 'tokens', delta: { netwerk: -1 } }, { type: 'coopt' }], cost: {} });
  });

  it('keeps votes and reasons in the action log: undo unlocks a vote', () => {
    const state = game(2);
    openGedoe(state, 'ruzie');
    lock(state, 't1', 'doorgaan', { reason: 'Snel klaar' });
    expect(state.history.slice(-2)).toEqual([
      { type: 'vote', team: 't1', option: 'doorgaan', reason: 'Snel klaar' }, { type: 'lockVote', team: 't1' },
    ]);
    must(state, { type: 'undo' });
    expect(state.dilemma!.votes.t1).toEqual({ option: 'doorgaan', principle: null, reason: 'Snel klaar', locked: false });
  });
});

describe('settle: what ends a step', () => {
  it('reveals when the last team that had not locked is removed', () => {
    const state = game(3);
    openGedoe(state, 'ruzie');
    lock(state, 't1', 'doorgaan');
    lock(state, 't2', 'afwachten');
    must(state, { type: 'removeTeam', team: 't3' });
    expect(state.dilemma!.revealed).toBe(true);
    expect(state.dilemma!.choices.map((c) => c.team)).toEqual(['t1', 't2']);
  });

  it('moves on when the last team that was not ready is removed (Doen no longer gets stuck)', () => {
    const state = game(3);
    must(state, { type: 'ready', team: 't1', ready: true });
    must(state, { type: 'ready', team: 't2', ready: true });
    expect(state.phase).toBe('doen');
    must(state, { type: 'removeTeam', team: 't3' });
    expect(state.phase).toBe('gedoe');
  });
});

describe("the facilitator's dilemma pick", () => {
  it('replaces the open card while nobody has voted, and not after', () => {
    const state = game(2);
    while (state.phase !== 'gedoe') must(state, { type: 'next' });
    const first = state.dilemma!.card;
    const other = first === 'ruzie' ? 'subsidie' : 'ruzie';
    must(state, { type: 'pickDilemma', dilemma: other });
    expect(state.dilemma!.card).toBe(other);
    expect(state.dilemmaDeck).toContain(first);
    must(state, { type: 'vote', team: 't1', option: state.dilemma!.card === 'ruzie' ? 'doorgaan' : 'nee' });
    expect(reduce(state, { type: 'pickDilemma', dilemma: first })).toMatchObject({ ok: false, error: { code: 'votingStarted' } });
  });

  it('skips a drawn card that has no initiative to be about', () => {
    const state = game(2);
    state.dilemmaDeck = ['trekker-weg', 'ruzie', ...state.dilemmaDeck.filter((id) => id !== 'trekker-weg' && id !== 'ruzie')];
    while (state.phase !== 'gedoe') must(state, { type: 'next' });
    expect(state.dilemma!.card).toBe('ruzie');
    expect(state.dilemmaDeck.at(-1)).toBe('trekker-weg');
  });
});

describe('viewFor', () => {
  it("never shows another team's hand, the draw piles' order or the random generator", () => {
    const state = game(3);
    const view = viewFor(state, { team: 't1' });
    expect(view.teams[0]!.hand).toEqual(state.teams[0]!.hand);
    expect(view.teams[1]!.hand).toBeNull();
    expect(view.teams[1]!.handCount).toBe(state.teams[1]!.hand.length);
    const text = JSON.stringify(viewFor(state, 'facilitator'));
    expect(text).not.toContain('"rng"');
    expect(text).not.toContain('"seed"');
    expect(text).not.toContain(JSON.stringify(state.principleDeck));
    expect(text).not.toContain(JSON.stringify(state.initiativeDeck));
    expect(viewFor(state, 'facilitator').dilemmaChoices).toEqual([...state.dilemmaDeck].sort());
    expect(viewFor(state, 'observer').dilemmaChoices).toBeNull();
  });
});

describe('replay', () => {
  it('rebuilds votes, locks, reasons and the reveal from the seed and the log', () => {
    const state = game(2);
    openGedoe(state, 'ruzie');
    lock(state, 't1', 'doorgaan', { reason: 'snel' });
    lock(state, 't2', 'afwachten', { reason: 'rustig' });
    const rebuilt = replay(fixtureDeck, state.settings, state.seed, state.history);
    expect(rebuilt.ok && rebuilt.value.rounds).toEqual(state.rounds);
  });
});
