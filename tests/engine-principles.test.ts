// Every principle card's effect, one row each (docs/rules.md, "Principle cards").
import { describe, expect, it } from 'vitest';
import { reduce, viewFor } from '../shared/engine/index.ts';
import type { GameState } from '../shared/engine/types.ts';
import { fixtureDeck } from './helpers/deck.ts';
import { claimFor, giveCard, inDoen, must, openGedoe, setTokens, team } from './helpers/game.ts';
import { TUNING } from '../shared/engine/tuning.ts';

const play = (state: GameState, principle: number, extra: Record<string, unknown> = {}) =>
  must(state, { type: 'play', team: 't1', principle, ...extra } as never);

/** A team votes (with a principle card, if given) and locks its vote. */
function lock(state: GameState, teamId: string, option: string, principle?: number) {
  must(state, principle === undefined ? { type: 'vote', team: teamId, option } : { type: 'vote', team: teamId, option, principle });
  must(state, { type: 'lockVote', team: teamId });
}

interface Row {
  n: number;
  name: string;
  run: (state: GameState) => void;
}

const rows: Row[] = [
  { n: 1, name: "claims an initiative and lets Energie pay its Geld cost; the claim is the team's claim of the round", run: (s) => {
    s.market.push('bloembakken');
    setTokens(s, 't1', { energie: 3, handen: 2 });
    play(s, 1, { initiative: 'bloembakken', location: 'dorpsplein' });
    must(s, { type: 'fund', team: 't1', initiative: 'bloembakken', tokens: { energie: 1, handen: 2 } });
    expect(s.projects[0]).toMatchObject({ trekker: 't1', realised: true });
    const [initiative] = s.market;
    expect(reduce(s, { type: 'claim', team: 't1', initiative: initiative!, location: 'speelweide' })).toMatchObject({ ok: false, error: { code: 'alreadyClaimed' } });
  } },
  { n: 1, name: 'does not pay for an initiative that needs much Geld: that needs real money', run: (s) => {
    s.market.push('zonnedaken'); // 4 Geld
    setTokens(s, 't1', { energie: 5 });
    const refused = reduce(s, { type: 'play', team: 't1', principle: 1, initiative: 'zonnedaken', location: 'dorpsplein' } as never);
    expect(refused).toMatchObject({ ok: false, error: { code: 'tooMuchGeld', params: { max: TUNING.principle.urgentieMaxGeld } } });
    s.market.push('schommel'); // 1 Geld
    play(s, 1, { initiative: 'schommel', location: 'speelweide' });
    expect(s.projects[0]).toMatchObject({ initiative: 'schommel', trekker: 't1' });
  } },
  { n: 2, name: "doubles the trekker's Handen on one of its initiatives", run: (s) => {
    claimFor(s, 't1', 'schommel', 'speelweide');
    setTokens(s, 't1', { handen: 1 });
    play(s, 2, { initiative: 'schommel' });
    must(s, { type: 'fund', team: 't1', initiative: 'schommel', tokens: { handen: 1 } });
    expect(s.projects[0]!.paid.handen).toBe(2);
  } },
  { n: 3, name: 'gives +2 Energie and +1 Netwerk and ends uitgeput (with the missed Handen)', run: (s) => {
    setTokens(s, 't1', {});
    team(s, 't1').exhausted = true;
    play(s, 3);
    expect(team(s, 't1').tokens).toMatchObject({ energie: 2, handen: 2, netwerk: 1 });
    expect(team(s, 't1').exhausted).toBe(false);
  } },
  { n: 4, name: 'adds +2 CP to an energie or groen initiative the team funds', run: (s) => {
    claimFor(s, 't1', 'opschoonactie', 'speelweide');
    setTokens(s, 't1', { handen: 3 });
    must(s, { type: 'fund', team: 't1', initiative: 'opschoonactie', tokens: { handen: 1 } });
    play(s, 4, { initiative: 'opschoonactie' });
    must(s, { type: 'fund', team: 't1', initiative: 'opschoonactie', tokens: { handen: 2 } });
    expect(s.projects[0]!.cp).toBe(1 + 2 + 2);
  } },
  { n: 5, name: 'makes each realisation this round give every team +1 extra Energie; +1 Netwerk', run: (s) => {
    setTokens(s, 't1', { handen: 3 });
    play(s, 5);
    expect(team(s, 't1').tokens.netwerk).toBe(1);
    claimFor(s, 't1', 'opschoonactie', 'speelweide');
    must(s, { type: 'fund', team: 't1', initiative: 'opschoonactie', tokens: { handen: 3 } });
    while (!s.dilemma?.revealed) must(s, { type: 'next' });
    const before = team(s, 't2').tokens.energie;
    must(s, { type: 'next' });
    expect(team(s, 't2').tokens.energie).toBe(before + 2);
  } },
  { n: 6, name: 'gives +1 Energie per team that funded one of your initiatives', run: (s) => {
    claimFor(s, 't1', 'moestuin', 'speelweide');
    setTokens(s, 't2', { handen: 1 });
    setTokens(s, 't3', { handen: 1 });
    must(s, { type: 'fund', team: 't2', initiative: 'moestuin', tokens: { handen: 1 } });
    must(s, { type: 'fund', team: 't3', initiative: 'moestuin', tokens: { handen: 1 } });
    setTokens(s, 't1', {});
    play(s, 6);
    expect(team(s, 't1').tokens.energie).toBe(2);
  } },
  { n: 7, name: 'gives +2 Handen and makes an initiative you fund count for inclusie', run: (s) => {
    claimFor(s, 't1', 'opschoonactie', 'speelweide');
    setTokens(s, 't1', {});
    play(s, 7, { initiative: 'opschoonactie' });
    expect(team(s, 't1').tokens.handen).toBe(2);
    must(s, { type: 'fund', team: 't1', initiative: 'opschoonactie', tokens: { handen: 2 } });
    team(s, 't1').tokens.handen = 1;
    must(s, { type: 'fund', team: 't1', initiative: 'opschoonactie', tokens: { handen: 1 } });
    expect(s.domains).toEqual(expect.arrayContaining(['groen', 'inclusie']));
  } },
  { n: 8, name: 'with a vote for a talking option: its cost waived and +1 Vertrouwen extra', run: (s) => {
    openGedoe(s, 'ruzie');
    setTokens(s, 't1', {});
    expect(reduce(s, { type: 'vote', team: 't1', option: 'praten' })).toMatchObject({ ok: false, error: { code: 'notEnoughTokens' } });
    expect(reduce(s, { type: 'vote', team: 't1', option: 'doorgaan', principle: 8 })).toMatchObject({ ok: false, error: { code: 'needsTalkOption' } });
    const trust = s.vertrouwen;
    lock(s, 't1', 'praten', 8);
    for (const t of ['t2', 't3']) lock(s, t, 'doorgaan');
    // +1 from the card, and the votes: +1 (praten) -1 -1 (doorgaan) = -1
    expect(s.vertrouwen).toBe(trust + 1 - 1);
    expect(team(s, 't1').tokens.handen).toBe(0);
    expect(s.principleDiscard).toContain(8);
  } },
  { n: 9, name: 'costs its price in Geld (Netwerk for what Geld lacks) and gives +1 Handen every round from then on', run: (s) => {
    const price = TUNING.principle.betaaldeKrachtPrice;
    setTokens(s, 't1', { geld: price - 1 });
    expect(reduce(s, { type: 'play', team: 't1', principle: 9 })).toMatchObject({ ok: false, error: { code: 'notEnoughTokens' } });
    setTokens(s, 't1', { geld: price - 1, netwerk: 2 });
    play(s, 9);
    expect(team(s, 't1').tokens).toMatchObject({ geld: 0, netwerk: 1 });
    while (s.phase !== 'vieren') must(s, { type: 'next' });
    team(s, 't1').tokens.energie = 1;
    const handen = team(s, 't1').tokens.handen;
    must(s, { type: 'next' });
    expect(team(s, 't1').tokens.handen).toBe(handen + 3);
  } },
  { n: 10, name: "lowers a small initiative's remaining cost by 2", run: (s) => {
    claimFor(s, 't2', 'opschoonactie', 'speelweide');
    setTokens(s, 't2', { handen: 1 });
    must(s, { type: 'fund', team: 't2', initiative: 'opschoonactie', tokens: { handen: 1 } });
    play(s, 10, { initiative: 'opschoonactie' });
    expect(s.projects[0]!.realised).toBe(true);
  } },
  { n: 11, name: 'shows the next 2 dilemma cards to this team only, or takes a card from the discard pile', run: (s) => {
    const next2 = s.dilemmaDeck.slice(0, 2);
    play(s, 11, { choice: 'peek' });
    expect(viewFor(s, { team: 't1' }).peek).toEqual(next2);
    expect(viewFor(s, { team: 't2' }).peek).toEqual([]);
    expect(viewFor(s, 'observer').peek).toEqual([]);
    giveCard(s, 't1', 11);
    s.principleDiscard.push(9);
    s.principleDeck = s.principleDeck.filter((n) => n !== 9);
    for (const t of s.teams) t.hand = t.hand.filter((n) => n !== 9 || t.id === 't1');
    team(s, 't1').principlesThisRound = 0;
    play(s, 11, { choice: 'discard', card: 9 });
    expect(team(s, 't1').hand).toContain(9);
  } },
  { n: 12, name: 'swaps up to 2 tokens with another team; both +1 Netwerk', run: (s) => {
    setTokens(s, 't1', { geld: 2 });
    setTokens(s, 't2', { handen: 2 });
    play(s, 12, { targetTeam: 't2', give: { geld: 2 }, take: { handen: 2 } });
    expect(team(s, 't1').tokens).toMatchObject({ geld: 0, handen: 2, netwerk: 1 });
    expect(team(s, 't2').tokens).toMatchObject({ geld: 2, handen: 0, netwerk: 1 });
  } },
  { n: 13, name: 'gives +1 Vertrouwen and frees an initiative that was paused or taken over', run: (s) => {
    claimFor(s, 't1', 'opschoonactie', 'speelweide');
    expect(reduce(s, { type: 'play', team: 't1', principle: 13, initiative: 'opschoonactie' })).toMatchObject({ ok: false, error: { code: 'notStuck' } });
    Object.assign(s.projects[0]!, { pausedRound: 2, overgenomen: true });
    const trust = s.vertrouwen;
    play(s, 13, { initiative: 'opschoonactie' });
    expect(s.projects[0]).toMatchObject({ pausedRound: null, overgenomen: false });
    expect(s.vertrouwen).toBe(trust + 1);
  } },
  { n: 14, name: 'has every team move 1 token to the initiative; a big initiative joins the market', run: (s) => {
    claimFor(s, 't1', 'moestuin', 'speelweide');
    for (const t of ['t1', 't2', 't3']) setTokens(s, t, { handen: 2 });
    const market = s.market.length;
    play(s, 14, { initiative: 'moestuin' });
    expect(s.projects[0]!.paid.handen).toBe(3);
    expect(Object.keys(s.projects[0]!.funders).sort()).toEqual(['t1', 't2', 't3']);
    expect(s.market.length).toBe(market + 1);
  } },
  { n: 15, name: 'in a positiespel: extra Geld and the option does not take control away', run: (s) => {
    claimFor(s, 't1', 'moestuin', 'speelweide');
    openGedoe(s, 'subsidie');
    setTokens(s, 't1', { netwerk: 1 });
    lock(s, 't1', 'ja', 15);
    for (const t of ['t2', 't3']) lock(s, t, 'nee');
    expect(team(s, 't1').tokens.geld).toBe(2 + TUNING.principle.partnerschapGeld);
    expect(team(s, 't1').tokens.netwerk).toBe(0);
    expect(s.projects[0]!.overgenomen).toBe(false);
  } },
  { n: 16, name: "ignores a gedoe card's negative effects for your team", run: (s) => {
    openGedoe(s, 'ruzie');
    for (const t of ['t1', 't2', 't3']) setTokens(s, t, { energie: 2 });
    const trust = s.vertrouwen;
    lock(s, 't1', 'afwachten', 16);
    lock(s, 't2', 'afwachten');
    lock(s, 't3', 'doorgaan');
    expect(team(s, 't1').tokens.energie).toBe(2);
    expect(team(s, 't2').tokens.energie).toBe(1);
    expect(s.vertrouwen).toBe(trust - 1);
  } },
  { n: 17, name: "cancels a positiespel option's hidden cost; +1 Vertrouwen", run: (s) => {
    openGedoe(s, 'subsidie');
    for (const t of ['t1', 't2', 't3']) setTokens(s, t, { netwerk: 2 });
    const trust = s.vertrouwen;
    lock(s, 't1', 'ja', 17);
    lock(s, 't2', 'ja');
    lock(s, 't3', 'nee');
    expect(team(s, 't1').tokens).toMatchObject({ netwerk: 2, geld: 2 });
    expect(team(s, 't2').tokens).toMatchObject({ netwerk: 1, geld: 2 });
    expect(s.vertrouwen).toBe(trust + 1 - 1);
  } },
  { n: 18, name: 'gives one token of a chosen type per value domain of the realised initiatives (two domains needed), once', run: (s) => {
    setTokens(s, 't1', { handen: 2 });
    expect(reduce(s, { type: 'play', team: 't1', principle: 18, tokenType: 'geld' })).toMatchObject({ ok: false, error: { code: 'needsTwoDomains' } });
    claimFor(s, 't1', 'schommel', 'speelweide');
    s.projects[0]!.paid = { energie: 0, handen: 1, netwerk: 0, geld: 1 };
    must(s, { type: 'fund', team: 't1', initiative: 'schommel', tokens: { handen: 1 } });
    claimFor(s, 't1', 'opschoonactie', 'dorpsplein');
    s.projects[1]!.paid = { energie: 0, handen: 2, netwerk: 0, geld: 0 };
    must(s, { type: 'fund', team: 't1', initiative: 'opschoonactie', tokens: { handen: 1 } });
    const domains = new Set(['schommel', 'opschoonactie'].flatMap((id) => s.deck.initiatives.find((c) => c.id === id)!.domains)).size;
    play(s, 18, { tokenType: 'geld' });
    expect(team(s, 't1').tokens.geld).toBe(Math.min(domains, TUNING.principle.verdienmodelMax));
    while (s.phase !== 'vieren') must(s, { type: 'next' });
    const geld = team(s, 't1').tokens.geld;
    must(s, { type: 'next' });
    expect(team(s, 't1').tokens.geld).toBe(geld);
  } },
];

describe('principle effects', () => {
  it.each(rows)('principle $n $name', ({ n, run }) => {
    const state = inDoen(3, 'het-dorp', fixtureDeck);
    giveCard(state, 't1', n);
    run(state);
    if (![8, 15, 16, 17].includes(n)) expect(state.rounds[0]!.principles).toContainEqual({ team: 't1', principle: n });
  });

  it('refuses a third principle card in one round', () => {
    const state = inDoen(2);
    setTokens(state, 't1', {});
    for (const n of [3, 5, 7]) giveCard(state, 't1', n);
    play(state, 3);
    play(state, 5);
    expect(reduce(state, { type: 'play', team: 't1', principle: 7 })).toMatchObject({ ok: false, error: { code: 'principleLimit', params: { max: 2 } } });
  });

  it('refuses to play a dilemma card outside a vote', () => {
    const state = inDoen(2);
    giveCard(state, 't1', 16);
    expect(reduce(state, { type: 'play', team: 't1', principle: 16 })).toMatchObject({ ok: false, error: { code: 'playWithVote' } });
  });
});
