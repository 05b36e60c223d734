// Dilemma-only mode: no board and no tokens. Each round is a dilemma every team votes on with reasons, the
// reveal, and the harvest; then the closing reflection and the end.
import { describe, expect, it } from 'vitest';
import { createGame, reduce, replay } from '../shared/engine/index.ts';
import type { GameState } from '../shared/engine/types.ts';
import { TEAM_COLOURS, TEAM_ICONS } from '../shared/vocabulary.ts';
import { fixtureDeck } from './helpers/deck.ts';
import { SEED, must } from './helpers/game.ts';

function dilemmaSession(teams = 3, rounds = 3): GameState {
  const created = createGame(fixtureDeck, { scenario: 'het-dorp', rounds, language: 'nl', mode: 'dilemmas' }, SEED);
  if (!created.ok) throw new Error(created.error.code);
  for (let i = 0; i < teams; i++) must(created.value, { type: 'addTeam', name: `Team ${i + 1}`, colour: TEAM_COLOURS[i]!, icon: TEAM_ICONS[i]!, bot: null });
  return created.value;
}

describe('a dilemma-only session', () => {
  it('opens every round on its dilemma: no market, no tokens, principle cards to argue with', () => {
    const state = dilemmaSession();
    must(state, { type: 'start' });
    expect([state.round, state.phase]).toEqual([1, 'gedoe']);
    expect(state.dilemma).not.toBeNull();
    expect(state.market).toEqual([]);
    for (const team of state.teams) {
      expect(team.tokens).toEqual({ energie: 0, handen: 0, netwerk: 0, geld: 0 });
      expect(team.hand).toHaveLength(3);
    }
  });

  it('lets every team vote on every card, even a one-team card or an option that costs tokens, and applies no effects', () => {
    const state = dilemmaSession();
    must(state, { type: 'pickDilemma', dilemma: 'wethouder' }); // a one-team card; option rechtzetten costs Netwerk
    must(state, { type: 'start' });
    expect(state.dilemma!.card).toBe('wethouder');
    expect(state.dilemma!.targets).toEqual(['t1', 't2', 't3']);
    const trust = state.vertrouwen;
    for (const [team, option, reason] of [['t1', 'rechtzetten', 'Eerlijk is eerlijk'], ['t2', 'laten', 'Gun het hem'], ['t3', 'rechtzetten', 'Het is van ons']] as const) {
      must(state, { type: 'vote', team, option, reason });
      must(state, { type: 'lockVote', team });
    }
    expect(state.dilemma!.revealed).toBe(true);
    expect(state.dilemma!.choices.map((c) => [c.team, c.option, c.reason, c.advice])).toEqual([
      ['t1', 'rechtzetten', 'Eerlijk is eerlijk', false], ['t2', 'laten', 'Gun het hem', false], ['t3', 'rechtzetten', 'Het is van ons', false],
    ]);
    expect(state.teams.map((t) => t.tokens.netwerk)).toEqual([0, 0, 0]);
    expect(state.vertrouwen).toBe(trust);
    expect(state.cp).toBe(0);
  });

  it('goes dilemma → reveal → harvest → next dilemma, then the closing reflection and the end; replay agrees', () => {
    const state = dilemmaSession(2, 3);
    must(state, { type: 'start' });
    const seen: string[] = [];
    while (state.phase !== 'afsluiten') {
      seen.push(`${state.round}:${state.phase}${state.phase === 'gedoe' && state.dilemma?.revealed ? ':reveal' : ''}`);
      if (state.phase === 'vieren') must(state, { type: 'harvest', team: 't1', text: `Oogst ronde ${state.round}` });
      must(state, { type: 'next' });
    }
    expect(seen).toEqual(['1:gedoe', '1:gedoe:reveal', '1:vieren', '2:gedoe', '2:gedoe:reveal', '2:vieren', '3:gedoe', '3:gedoe:reveal', '3:vieren']);
    expect(reduce(state, { type: 'claim', team: 't1', initiative: 'schommel', location: 'speelweide' })).toMatchObject({ ok: false });
    must(state, { type: 'closingAnswer', team: 't2', question: 1, text: 'Maandag vraag ik door' });
    must(state, { type: 'next' });
    expect(state.phase).toBe('ended');
    expect(state.rounds.map((r) => r.harvest[0]?.text)).toEqual(['Oogst ronde 1', 'Oogst ronde 2', 'Oogst ronde 3']);
    const again = replay(fixtureDeck, state.settings, state.seed, state.history);
    expect(again.ok && again.value.rounds).toEqual(state.rounds);
  });
});
