// The round structure, claiming, funding, realising, scoring and the end of the game.
import { describe, expect, it } from 'vitest';
import { legalActions, replay, viewFor, reduce } from '../shared/engine/index.ts';
import { claimFor, inDoen, must, newGame, setTokens, team } from './helpers/game.ts';
import { deck } from './helpers/deck.ts';
import { targetFor } from '../shared/engine/lookup.ts';
import { TUNING } from '../shared/engine/tuning.ts';

const dorp = deck.scenarios.find((s) => s.id === 'het-dorp')!;

describe('a round', () => {
  it('gives every team its Ontmoeten income and up to 3 principle cards', () => {
    const state = newGame(3);
    must(state, { type: 'start' });
    expect(state.phase).toBe('ontmoeten');
    for (const t of state.teams) {
      expect(t.tokens).toEqual({ energie: 2, handen: 2, netwerk: 1, geld: 0 });
      expect(t.hand).toHaveLength(3);
    }
    expect(state.market).toHaveLength(4);
  });

  it('shares a short pile fairly: with 8 teams every team gets principle cards, and the short teams change each round', () => {
    const state = newGame(8);
    must(state, { type: 'start' });
    const hands = state.teams.map((t) => t.hand.length);
    expect(hands.reduce((a, b) => a + b, 0)).toBe(deck.principles.length);
    expect(Math.min(...hands)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...hands) - Math.min(...hands)).toBeLessThanOrEqual(1);
    const shortFirst = state.teams.filter((t) => t.hand.length === Math.min(...hands)).map((t) => t.id);
    // Next round: every team plays nothing; the hands only grow towards the limit, from the cards that are left.
    for (const t of state.teams) {
      state.principleDiscard.push(...t.hand);
      t.hand = [];
    }
    while (state.round === 1) must(state, { type: 'next' });
    const again = state.teams.map((t) => t.hand.length);
    const shortNow = state.teams.filter((t) => t.hand.length === Math.min(...again)).map((t) => t.id);
    expect(Math.min(...again)).toBeGreaterThanOrEqual(2);
    expect(shortNow).not.toEqual(shortFirst);
  });

  it('goes Ontmoeten → Doen → Gedoe → Vieren → next round, and after the last round the closing reflection, then the end', () => {
    const state = newGame(2, 'het-dorp', 3);
    must(state, { type: 'start' });
    const seen: string[] = [];
    while (state.phase !== 'ended') {
      seen.push(`${state.round}:${state.phase}`);
      must(state, { type: 'next' });
    }
    expect(seen.slice(0, 5)).toEqual(['1:ontmoeten', '1:doen', '1:gedoe', '1:gedoe', '1:vieren']);
    expect(seen.slice(-2)).toEqual(['3:vieren', '3:afsluiten']);
    expect(state.result).toMatchObject({ won: false, cp: expect.any(Number), endedEarly: false });
  });

  it('ends a phase when every team is ready', () => {
    const state = inDoen(2);
    must(state, { type: 'ready', team: 't1', ready: true });
    expect(state.phase).toBe('doen');
    must(state, { type: 'ready', team: 't2', ready: true });
    expect(state.phase).toBe('gedoe');
  });

  it('makes a team at 0 Energie uitgeput: no Handen at the next Ontmoeten', () => {
    const state = inDoen(2);
    while (state.phase !== 'vieren') must(state, { type: 'next' });
    setTokens(state, 't1', { energie: 0, handen: 0 });
    setTokens(state, 't2', { energie: 1, handen: 0 });
    must(state, { type: 'next' });
    expect(team(state, 't1').exhausted).toBe(true);
    expect(team(state, 't1').tokens.handen).toBe(0);
    expect(team(state, 't2').exhausted).toBe(false);
    expect(team(state, 't2').tokens.handen).toBe(2);
  });

  it('refuses team actions while paused and accepts them after resume', () => {
    const state = inDoen(2);
    must(state, { type: 'pause' });
    expect(reduce(state, { type: 'ready', team: 't1', ready: true })).toEqual({ ok: false, error: { code: 'paused' } });
    must(state, { type: 'resume' });
    must(state, { type: 'ready', team: 't1', ready: true });
  });
});

describe('claiming and funding initiatives', () => {
  it('lets a team claim one market initiative per round onto a free location that fits', () => {
    const state = inDoen(2);
    claimFor(state, 't1', 'schommel', 'speelweide');
    expect(state.projects[0]).toMatchObject({ initiative: 'schommel', location: 'speelweide', trekker: 't1' });
    expect(state.market).not.toContain('schommel');
    const second = state.market[0]!;
    const error = reduce(state, { type: 'claim', team: 't1', initiative: second, location: 'dorpsplein' });
    expect(error).toMatchObject({ ok: false, error: { code: 'alreadyClaimed' } });
  });

  it('refuses a location that is taken or does not fit', () => {
    const state = inDoen(2);
    claimFor(state, 't1', 'schommel', 'speelweide');
    const market = state.market;
    market.push('opschoonactie');
    expect(reduce(state, { type: 'claim', team: 't2', initiative: 'opschoonactie', location: 'speelweide' })).toMatchObject({ ok: false, error: { code: 'locationTaken' } });
    expect(reduce(state, { type: 'claim', team: 't2', initiative: 'opschoonactie', location: 'kerk' })).toMatchObject({ ok: false, error: { code: 'locationDoesNotFit' } });
  });

  it('realises an initiative when its cost is paid, scoring base + co-funders + new domains', () => {
    const state = inDoen(2);
    claimFor(state, 't1', 'schommel', 'speelweide'); // cost handen 2, geld 1; cp 1; domain inclusie
    setTokens(state, 't1', { handen: 1, geld: 2 });
    setTokens(state, 't2', { handen: 1 });
    must(state, { type: 'fund', team: 't1', initiative: 'schommel', tokens: { handen: 1, geld: 1 } });
    expect(state.projects[0]!.realised).toBe(false);
    const events = must(state, { type: 'fund', team: 't2', initiative: 'schommel', tokens: { handen: 1 } });
    expect(events).toContainEqual(expect.objectContaining({ type: 'realised', initiative: 'schommel', cp: 1 + TUNING.coFunderBonus + 2 }));
    expect(state.cp).toBe(3 + TUNING.coFunderBonus);
    expect(state.domains).toEqual(['inclusie']);
  });

  it('gives the co-funding bonus only for a real share: 2 tokens, or a quarter of the cost when that is less', () => {
    const state = inDoen(3);
    claimFor(state, 't1', 'kampvuurgesprekken', 'dorpsplein'); // cost 6 (energie 2, netwerk 2, handen 2), cp 3
    setTokens(state, 't1', { energie: 2, netwerk: 1 });
    setTokens(state, 't2', { netwerk: 1 }); // one token: no share
    setTokens(state, 't3', { handen: 2 }); // two tokens: a share
    must(state, { type: 'fund', team: 't2', initiative: 'kampvuurgesprekken', tokens: { netwerk: 1 } });
    must(state, { type: 'fund', team: 't3', initiative: 'kampvuurgesprekken', tokens: { handen: 2 } });
    const events = must(state, { type: 'fund', team: 't1', initiative: 'kampvuurgesprekken', tokens: { energie: 2, netwerk: 1 } });
    const domains = state.domains.length;
    expect(events).toContainEqual(expect.objectContaining({ type: 'realised', funders: ['t2', 't3', 't1'], cp: 3 + TUNING.coFunderBonus + 2 * domains }));
  });

  it('refuses tokens an initiative does not need and tokens a team does not have', () => {
    const state = inDoen(2);
    claimFor(state, 't1', 'schommel', 'speelweide');
    setTokens(state, 't1', { netwerk: 3, handen: 1 });
    expect(reduce(state, { type: 'fund', team: 't1', initiative: 'schommel', tokens: { netwerk: 1 } })).toMatchObject({ ok: false, error: { code: 'notNeeded', params: { token: 'netwerk' } } });
    expect(reduce(state, { type: 'fund', team: 't1', initiative: 'schommel', tokens: { handen: 2 } })).toMatchObject({ ok: false, error: { code: 'notEnoughTokens' } });
  });

  it('needs two funding teams for a big initiative, or one when Vertrouwen is 8 or more', () => {
    const state = inDoen(2);
    claimFor(state, 't1', 'laatste-cafe', 'cafe'); // geld 6, netwerk 3, handen 4, energie 2
    setTokens(state, 't1', { geld: 6, netwerk: 3, handen: 4, energie: 5 });
    const all = { geld: 6, netwerk: 3, handen: 4, energie: 2 };
    expect(reduce(state, { type: 'fund', team: 't1', initiative: 'laatste-cafe', tokens: all })).toMatchObject({ ok: false, error: { code: 'needsCoFunders', params: { count: 2 } } });
    state.vertrouwen = 8;
    must(state, { type: 'fund', team: 't1', initiative: 'laatste-cafe', tokens: all });
    expect(state.projects[0]!.realised).toBe(true);
  });

  it('celebrates in Vieren: every realised initiative gives every team 1 Energie', () => {
    const state = inDoen(3);
    claimFor(state, 't1', 'opschoonactie', 'speelweide');
    setTokens(state, 't1', { handen: 3, energie: 1 });
    must(state, { type: 'fund', team: 't1', initiative: 'opschoonactie', tokens: { handen: 3 } });
    while (!state.dilemma?.revealed) must(state, { type: 'next' });
    const before = state.teams.map((t) => t.tokens.energie);
    const events = must(state, { type: 'next' });
    expect(events).toContainEqual({ type: 'celebration', initiatives: ['opschoonactie'], energiePerTeam: 1 });
    expect(state.teams.map((t) => t.tokens.energie)).toEqual(before.map((e) => e + 1));
  });

  it('gives realised initiatives their yield to the trekker at the next Ontmoeten', () => {
    const state = inDoen(2);
    claimFor(state, 't1', 'opschoonactie', 'speelweide'); // yield netwerk 1
    setTokens(state, 't1', { handen: 3, energie: 1 });
    must(state, { type: 'fund', team: 't1', initiative: 'opschoonactie', tokens: { handen: 3 } });
    const netwerk = team(state, 't1').tokens.netwerk;
    must(state, { type: 'pickDilemma', dilemma: 'gerucht' }); // its default option leaves Netwerk alone
    while (state.round === 1) must(state, { type: 'next' });
    expect(team(state, 't1').tokens.netwerk).toBe(netwerk + 1 + 1);
  });
});

describe('trades', () => {
  it('moves tokens both ways when the other team accepts', () => {
    const state = inDoen(2);
    setTokens(state, 't1', { geld: 2 });
    setTokens(state, 't2', { handen: 3 });
    must(state, { type: 'offerTrade', team: 't1', to: 't2', give: { geld: 1 }, want: { handen: 2 } });
    must(state, { type: 'answerTrade', team: 't2', offer: 1, accept: true });
    expect(team(state, 't1').tokens).toMatchObject({ geld: 1, handen: 2 });
    expect(team(state, 't2').tokens).toMatchObject({ geld: 1, handen: 1 });
    expect(state.trades).toEqual([]);
  });

  it('lets only the addressed team answer, and nothing moves on decline', () => {
    const state = inDoen(3);
    setTokens(state, 't1', { geld: 2 });
    must(state, { type: 'offerTrade', team: 't1', to: 't2', give: { geld: 1 }, want: { handen: 1 } });
    expect(reduce(state, { type: 'answerTrade', team: 't3', offer: 1, accept: true })).toMatchObject({ ok: false, error: { code: 'unknownOffer' } });
    must(state, { type: 'answerTrade', team: 't2', offer: 1, accept: false });
    expect(team(state, 't1').tokens.geld).toBe(2);
  });
});

describe('facilitator actions', () => {
  it('gives the dialogue bonus once per round in Vieren, to one team: +1 Vertrouwen for all, +1 Energie for that team, no CP', () => {
    const state = inDoen(2);
    expect(reduce(state, { type: 'dialogueBonus', team: 't2' })).toMatchObject({ ok: false, error: { code: 'wrongPhase' } });
    while (state.phase !== 'vieren') must(state, { type: 'next' });
    const { cp, vertrouwen } = state;
    const energie = [team(state, 't1').tokens.energie, team(state, 't2').tokens.energie];
    expect(reduce(state, { type: 'dialogueBonus', team: 't9' })).toMatchObject({ ok: false, error: { code: 'unknownTeam' } });
    must(state, { type: 'dialogueBonus', team: 't2' });
    expect([state.cp, state.vertrouwen]).toEqual([cp, vertrouwen + 1]);
    expect([team(state, 't1').tokens.energie, team(state, 't2').tokens.energie]).toEqual([energie[0], energie[1]! + 1]);
    expect(state.rounds[0]!.dialogueBonus).toBe('t2');
    expect(reduce(state, { type: 'dialogueBonus', team: 't1' })).toMatchObject({ ok: false, error: { code: 'bonusGiven' } });
  });

  it('undoes the last step by replaying the log without it', () => {
    const state = inDoen(2);
    const before = structuredClone({ ...state, deck: null });
    claimFor(state, 't1', 'schommel', 'speelweide');
    expect(state.projects).toHaveLength(1);
    must(state, { type: 'undo' });
    expect(state.projects).toHaveLength(0);
    expect({ ...state, deck: null, history: null }).toEqual({ ...before, history: null, market: state.market, initiativeDeck: state.initiativeDeck });
  });

  it('removes a team: its hand goes to the discard pile and it no longer blocks a vote', () => {
    const state = inDoen(2);
    const hand = [...team(state, 't2').hand];
    must(state, { type: 'removeTeam', team: 't2' });
    expect(team(state, 't2').removed).toBe(true);
    expect(state.principleDiscard).toEqual(expect.arrayContaining(hand));
    expect(legalActions(state, 't2')).toEqual([]);
    must(state, { type: 'ready', team: 't1', ready: true });
    expect(state.phase).toBe('gedoe');
  });

  it('ends the game early on request, never as a win', () => {
    const state = inDoen(2);
    must(state, { type: 'end' });
    expect(state.phase).toBe('ended');
    expect(state.result).toMatchObject({ won: false, endedEarly: true });
  });
});

describe('the win check', () => {
  it('wins with CP at the target and at least 4 value domains after the last round', () => {
    const state = newGame(2, 'het-dorp', 3);
    must(state, { type: 'start' });
    while (state.round < 3 || state.phase !== 'vieren') must(state, { type: 'next' });
    state.cp = 100;
    state.domains = ['zorg', 'groen', 'energie', 'cultuur'];
    must(state, { type: 'next' });
    expect(state.phase).toBe('afsluiten');
    must(state, { type: 'next' });
    expect(state.result).toMatchObject({ won: true, target: targetFor(dorp, 2, 3), domains: 4 });
  });

  it('scales the target with the teams (up to the scenario maximum) and with the rounds', () => {
    const { base, perTeam, perRound, max } = dorp.target;
    const forTeams = (teams: number) => Math.min(base + teams * perTeam, max ?? Infinity);
    // The team part is for 5 rounds and grows in proportion to the rounds.
    expect(viewFor(newGame(1), 'observer').target).toBe(forTeams(1));
    expect(viewFor(newGame(2), 'observer').target).toBe(forTeams(2));
    expect(viewFor(newGame(2, 'het-dorp', 8), 'observer').target).toBe(Math.round((forTeams(2) * 8) / 5) + 3 * perRound);
    expect(viewFor(newGame(2, 'het-dorp', 3), 'observer').target).toBe(Math.round((forTeams(2) * 3) / 5) - 2 * perRound);
    expect(viewFor(newGame(8), 'observer').target).toBe(forTeams(8));
    // More teams build more in every round: the rounds raise the target of 8 teams more than that of 2.
    const rise = (teams: number) => viewFor(newGame(teams, 'het-dorp', 8), 'observer').target - viewFor(newGame(teams, 'het-dorp', 3), 'observer').target;
    expect(rise(8)).toBeGreaterThan(rise(2));
  });

  it('fixes the target when the game starts: removing a team never lowers it, a team joining later raises it', () => {
    const state = newGame(3);
    must(state, { type: 'start' });
    const fixed = state.target;
    expect(fixed).toBe(targetFor(dorp, 3, 5));
    must(state, { type: 'removeTeam', team: 't3' });
    must(state, { type: 'removeTeam', team: 't2' });
    expect(viewFor(state, 'observer').target).toBe(fixed);
    must(state, { type: 'next' });
    must(state, { type: 'addTeam', name: 'Laat', colour: '#000000', icon: 'bird', bot: null });
    must(state, { type: 'addTeam', name: 'Later', colour: '#CC79A7', icon: 'flower', bot: null });
    must(state, { type: 'addTeam', name: 'Laatst', colour: '#D55E00', icon: 'bike', bot: null });
    expect(viewFor(state, 'observer').target).toBe(Math.max(fixed, targetFor(dorp, 4, 5)));
    while (state.phase !== 'ended') must(state, { type: 'next' });
    expect(state.result!.target).toBe(Math.max(fixed, targetFor(dorp, 4, 5)));
  });
});

describe('replay', () => {
  it('rebuilds the same state from seed, settings and the action log, undo included', () => {
    const state = inDoen(2);
    claimFor(state, 't1', 'schommel', 'speelweide');
    must(state, { type: 'undo' });
    must(state, { type: 'next' });
    const log = [...state.history];
    const rebuilt = replay(deck, state.settings, state.seed, log);
    expect(rebuilt.ok).toBe(true);
    if (rebuilt.ok) expect({ ...rebuilt.value, deck: null }).toEqual({ ...state, deck: null });
  });
});
