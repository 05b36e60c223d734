// viewFor is the single authority on secrets: over whole games played through the real server, what each seat's
// client decodes from the synced state (the view-tagged maps included) is held against viewFor for that seat,
// after every step. Nothing is visible in one and hidden in the other.
import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOTS } from '../shared/bots/index.ts';
import { viewFor, type Seat } from '../shared/engine/view.ts';
import type { GameState } from '../shared/engine/types.ts';
import { createSession } from './helpers/api.ts';
import { ask, join, newDeviceToken, startServer, type GameRoomClient, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ botDelayMs: 0 });
});
afterAll(async () => {
  await server.stop();
});

type Private = { hand: number[]; vote: string; principle: number; reason: string; locked: boolean };

/**
 * The secrets a client decoded: per team its hand and unrevealed vote (option, card, reason, lock); the
 * facilitator's pile list; the options' numbers, which nobody has before the reveal.
 */
function decodedSecrets(client: GameRoomClient) {
  const st = client.state;
  const privates: Record<string, Private> = {};
  for (const [team, p] of st.privates?.entries() ?? []) {
    privates[team] = { hand: [...p.hand], vote: p.vote, principle: p.votePrinciple, reason: p.voteReason, locked: p.voteLocked };
  }
  const info = st.facilitator?.get('f');
  return {
    privates, dilemmaChoices: info ? [...info.dilemmaChoices] : null, outcomes: st.dilemma?.outcomes ?? '',
    handCounts: Object.fromEntries([...st.teams.entries()].map(([id, t]) => [id, t.handCount])),
  };
}

/** The same, as viewFor says this seat may see it. */
function allowedSecrets(game: GameState, seat: Seat) {
  const view = viewFor(game, seat);
  const privates: Record<string, Private> = {};
  for (const t of view.teams) {
    if (t.hand === null) continue;
    const vote = view.dilemma && !view.dilemma.revealed ? view.dilemma.votes[t.id] : undefined;
    privates[t.id] = { hand: t.hand, vote: vote?.option ?? '', principle: vote?.principle ?? 0, reason: vote?.reason ?? '', locked: vote?.locked ?? false };
  }
  return {
    privates, dilemmaChoices: view.dilemmaChoices, outcomes: view.dilemma?.outcomes ? JSON.stringify(view.dilemma.outcomes) : '',
    handCounts: Object.fromEntries(view.teams.map((t) => [t.id, t.handCount])),
  };
}

/** Waits until every client has the server's latest patch: a refused request's answer comes after it. */
async function settled(clients: GameRoomClient[]) {
  await Promise.all(clients.map((c) => ask(c, 'intent', null)));
}

describe('viewFor and the synced state', () => {
  it('agree for every seat after every step of whole games', async () => {
    for (const teams of [2, 4]) {
      const s = await createSession(server.url, { rounds: 3 });
      const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
      const observer = await join(server.url, s.roomId, { role: 'observer', code: s.code });
      const devices: GameRoomClient[] = [];
      for (let i = 0; i < teams; i++) {
        const d = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
        expect(await ask(d, 'createTeam', { name: `Ploeg ${i + 1}`, colour: ['#E69F00', '#56B4E9', '#009E73', '#F0E442'][i], icon: ['sun', 'leaf', 'star', 'home'][i] })).toMatchObject({ ok: true });
        devices.push(d);
      }
      const room = matchMaker.getLocalRoomById(s.roomId) as unknown as { game: GameState };
      const seats: [GameRoomClient, Seat][] = [[facilitator, 'facilitator'], [observer, 'observer'], ...devices.map((d, i): [GameRoomClient, Seat] => [d, { team: `t${i + 1}` }])];
      const check = async (step: number) => {
        await settled(seats.map(([c]) => c));
        for (const [client, seat] of seats) expect(decodedSecrets(client), `step ${step}, seat ${JSON.stringify(seat)}`).toEqual(allowedSecrets(room.game, seat));
      };
      await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'start' } });
      const rng = { seed: 'ab'.repeat(32), rng: 0 };
      let step = 0;
      while (room.game.phase !== 'ended' && step < 600) {
        await check(step++);
        // Each team's device does what the sensible bot would; when no team acts, the facilitator moves on.
        let acted = false;
        for (let i = 0; i < teams; i++) {
          const action = BOTS.sensible(room.game, `t${i + 1}`, rng);
          if (!action || action.type === 'ready') continue;
          const { team: _team, ...bare } = action;
          // A reason goes with every vote, so the test sees it travel (and stay hidden) like the choice.
          const intent = bare.type === 'vote' ? { ...bare, reason: `Ploeg ${i + 1} kiest ${bare.option}` } : bare;
          if ('ok' in (await ask(devices[i]!, 'intent', intent))) acted = true;
        }
        if (!acted) await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'next' } });
        // Slower than the room's flood limit (40 messages a second per client).
        await new Promise((r) => setTimeout(r, 60));
      }
      await check(step);
      expect(room.game.phase).toBe('ended');
      for (const [c] of seats) await c.leave();
    }
  }, 120_000);
});
