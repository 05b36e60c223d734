// The Gedoe phase: who answers, hidden votes, defaults, trust thresholds, the facilitator's pick.
import { describe, expect, it } from 'vitest';
import { reduce, viewFor } from '../shared/engine/index.ts';
import { claimFor, inDoen, must, openGedoe, setTokens, team } from './helpers/game.ts';

describe('dilemma votes', () => {
  it('keeps votes hidden from other teams and observers until all are in, then shows them side by side', () => {
    const state = inDoen(3);
    openGedoe(state, 'gerucht');
    must(state, { type: 'vote', team: 't1', option: 'boos-reageren' });
    expect(viewFor(state, { team: 't1' }).dilemma!.votes).toEqual({ t1: { option: 'boos-reageren', principle: null } });
    expect(viewFor(state, { team: 't2' }).dilemma!.votes).toEqual({});
    expect(viewFor(state, 'observer').dilemma!.votes).toEqual({});
    expect(viewFor(state, 'observer').dilemma!.voted).toEqual(['t1']);
    expect(viewFor(state, 'facilitator').dilemma!.votes).toHaveProperty('t1');
    must(state, { type: 'vote', team: 't2', option: 'boos-reageren' });
    const events = must(state, { type: 'vote', team: 't3', option: 'boos-reageren' });
    expect(events.find((e) => e.type === 'votesRevealed')).toBeTruthy();
    expect(Object.keys(viewFor(state, 'observer').dilemma!.votes)).toEqual(['t1', 't2', 't3']);
  });

  it('lets a team change its vote until the reveal, and then no more', () => {
    const state = inDoen(2);
    openGedoe(state, 'gerucht');
    setTokens(state, 't1', { handen: 1 });
    must(state, { type: 'vote', team: 't1', option: 'boos-reageren' });
    must(state, { type: 'vote', team: 't1', option: 'cijfers' });
    must(state, { type: 'vote', team: 't2', option: 'boos-reageren' });
    expect(state.dilemma!.choices.find((c) => c.team === 't1')!.option).toBe('cijfers');
    expect(reduce(state, { type: 'vote', team: 't1', option: 'boos-reageren' })).toMatchObject({ ok: false, error: { code: 'votesLocked' } });
  });

  it("gives a team that did not vote in time the card's default option", () => {
    const state = inDoen(2);
    openGedoe(state, 'gerucht');
    must(state, { type: 'vote', team: 't1', option: 'boos-reageren' });
    must(state, { type: 'timeUp' });
    expect(state.dilemma!.choices).toEqual([
      { team: 't1', option: 'boos-reageren', principle: null, defaulted: false },
      { team: 't2', option: 'boos-reageren', principle: null, defaulted: true },
    ]);
  });

  it('refuses an option locked behind a principle card the team does not hold', () => {
    const state = inDoen(2);
    openGedoe(state, 'gerucht');
    for (const t of state.teams) t.hand = [];
    expect(reduce(state, { type: 'vote', team: 't1', option: 'open-avond' })).toMatchObject({ ok: false, error: { code: 'needsPrinciple', params: { principles: '8, 17' } } });
    expect(reduce(state, { type: 'vote', team: 't1', option: 'open-avond', principle: 8 })).toMatchObject({ ok: false, error: { code: 'cardNotInHand' } });
  });

  it('refuses a vote from a team the card does not target', () => {
    const state = inDoen(2);
    claimFor(state, 't2', 'moestuin', 'speelweide');
    setTokens(state, 't2', { handen: 2 });
    must(state, { type: 'fund', team: 't2', initiative: 'moestuin', tokens: { handen: 2 } });
    openGedoe(state, 'trekker-vertrekt');
    expect(state.dilemma).toMatchObject({ targets: ['t2'], initiative: 'moestuin' });
    expect(reduce(state, { type: 'vote', team: 't1', option: 'afwachten' })).toMatchObject({ ok: false, error: { code: 'notYourDilemma' } });
    must(state, { type: 'vote', team: 't2', option: 'afwachten' });
    expect(state.projects[0]!.paid.handen).toBe(0);
    expect(state.projects[0]!.pausedRound).toBe(2);
  });

  it('caps the change of Vertrouwen from one dilemma at 2, however many teams answer', () => {
    const state = inDoen(6);
    openGedoe(state, 'gerucht');
    const trust = state.vertrouwen;
    for (const t of state.teams) must(state, { type: 'vote', team: t.id, option: 'boos-reageren' });
    expect(state.vertrouwen).toBe(trust - 2);
  });

  it('makes every positiespel option cost 1 Geld or Netwerk more at Vertrouwen 2 or less', () => {
    const state = inDoen(2);
    openGedoe(state, 'bezuiniging');
    state.vertrouwen = 2;
    setTokens(state, 't1', { geld: 2 });
    setTokens(state, 't2', { netwerk: 2 });
    must(state, { type: 'vote', team: 't1', option: 'minder-doen' });
    must(state, { type: 'vote', team: 't2', option: 'inspreken' });
    expect(team(state, 't1').tokens.geld).toBe(0);
    expect(team(state, 't2').tokens.netwerk).toBe(0);
  });

  it('applies hidden effects after the reveal: co-opted initiatives give half their community power', () => {
    const state = inDoen(2);
    claimFor(state, 't1', 'opschoonactie', 'speelweide');
    setTokens(state, 't1', { handen: 3 });
    must(state, { type: 'fund', team: 't1', initiative: 'opschoonactie', tokens: { handen: 3 } });
    const cp = state.cp;
    openGedoe(state, 'professionaliseren');
    must(state, { type: 'vote', team: 't1', option: 'overdragen' });
    expect(state.projects[0]!.overgenomen).toBe(true);
    expect(state.cp).toBe(cp - Math.ceil(cp / 2));
  });
});

describe("the facilitator's dilemma pick", () => {
  it('replaces the open card while nobody has voted, and not after', () => {
    const state = inDoen(2);
    while (state.phase !== 'gedoe') must(state, { type: 'next' });
    const first = state.dilemma!.card;
    const other = state.dilemmaDeck.find((id) => id !== first && id === 'gerucht') ?? 'gerucht';
    must(state, { type: 'pickDilemma', dilemma: other });
    expect(state.dilemma!.card).toBe(other);
    expect(state.dilemmaDeck).toContain(first);
    must(state, { type: 'vote', team: 't1', option: 'boos-reageren' });
    expect(reduce(state, { type: 'pickDilemma', dilemma: first })).toMatchObject({ ok: false, error: { code: 'votingStarted' } });
  });

  it('skips a drawn card that has no initiative to be about', () => {
    const state = inDoen(2);
    state.dilemmaDeck = ['trekker-vertrekt', 'gerucht', ...state.dilemmaDeck.filter((id) => id !== 'trekker-vertrekt' && id !== 'gerucht')];
    while (state.phase !== 'gedoe') must(state, { type: 'next' });
    expect(state.dilemma!.card).toBe('gerucht');
    expect(state.dilemmaDeck.at(-1)).toBe('trekker-vertrekt');
  });
});

describe('viewFor', () => {
  it("never shows another team's hand, the draw piles' order or the random generator", () => {
    const state = inDoen(3);
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
