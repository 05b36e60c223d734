// A whole game over real WebSockets: a facilitator, two teams with two devices each, a bot team and an
// observer, through every phase to the debrief — checking after every patch that no client holds another
// team's hand or unrevealed vote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from './helpers/api.ts';
import { ask, join, newDeviceToken, startServer, waitFor, type GameRoomClient, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

interface Watched {
  name: string;
  room: GameRoomClient;
  /** The team whose private data this client may hold; 'all' for the facilitator, null for nobody. */
  may: string | 'all' | null;
}

const leaks: string[] = [];

/** After every patch: private items only for the own team; no facilitator data outside the facilitator. */
function watch(w: Watched) {
  const check = (state: any) => {
    // A client that may see no private item does not even receive the private maps.
    const teams = state.privates ? ([...state.privates.keys()] as string[]) : [];
    if (w.may !== 'all' && teams.some((t) => t !== w.may)) leaks.push(`${w.name} holds private data of ${teams.join(',')}`);
    if (w.may !== 'all' && (state.facilitator?.size ?? 0) > 0) leaks.push(`${w.name} holds the facilitator's data`);
    for (const [id, team] of state.teams) {
      if (id !== w.may && w.may !== 'all' && team.hand !== undefined) leaks.push(`${w.name} sees a hand field of ${id}`);
    }
  };
  w.room.onStateChange(check);
  check(w.room.state);
}

describe('a whole game over WebSockets', () => {
  it('plays from the lobby to the debrief, with votes revealed and exports delivered', async () => {
    const s = await createSession(server.url, { rounds: 3 });
    const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    const observer = await join(server.url, s.roomId, { role: 'observer', code: s.code });
    const a1 = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    const a2 = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    const b1 = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
    const b2 = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });

    expect(await ask(a1, 'createTeam', { name: 'De Zonnebloemen', colour: '#E69F00', icon: 'sun' })).toEqual({ ok: true, team: 't1' });
    expect(await ask(b1, 'createTeam', { name: 'Buurtkracht', colour: '#56B4E9', icon: 'leaf' })).toEqual({ ok: true, team: 't2' });
    expect(await ask(a2, 'chooseTeam', { team: 't1' })).toEqual({ ok: true, team: 't1' });
    expect(await ask(b2, 'chooseTeam', { team: 't2' })).toEqual({ ok: true, team: 't2' });
    expect(await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'addTeam', name: 'Robotbuurt', colour: '#009E73', icon: 'star', bot: 'sensible' } })).toEqual({ ok: true });

    for (const w of [
      { name: 'facilitator', room: facilitator, may: 'all' }, { name: 'observer', room: observer, may: null },
      { name: 'a1', room: a1, may: 't1' }, { name: 'a2', room: a2, may: 't1' }, { name: 'b1', room: b1, may: 't2' }, { name: 'b2', room: b2, may: 't2' },
    ] as Watched[]) watch(w);

    await waitFor(observer, (st) => st.teams.size === 3 && st.teams.get('t1').devicesOnline === 2);
    expect(await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'start' } })).toEqual({ ok: true });
    await waitFor(a2, (st) => st.phase === 'ontmoeten');
    expect(a2.state.privates.get('t1').hand.length).toBe(3);

    let realised = false;
    let revealedSeen = false;
    while (facilitator.state.phase !== 'ended') {
      const phase = facilitator.state.phase;
      const round = facilitator.state.round;
      const open = facilitator.state.dilemma;
      if (open?.revealed) {
        // Votes side by side: every team votes on every dilemma, so one revealed choice per team.
        expect(open.choices.length).toBe(3);
        revealedSeen = true;
      }
      if (phase === 'doen' && !realised) {
        // As the web client does: team 1 claims what its legal-action summary allows, then the teams fund
        // only the token types the rules accept (one request each, well under the message limit).
        const legal = JSON.parse(a1.state.privates.get('t1').legal) as { claim: Record<string, string[]> };
        const [initiative, locations] = Object.entries(legal.claim)[0] ?? [];
        if (initiative && locations?.[0]) expect(await ask(a1, 'intent', { type: 'claim', initiative, location: locations[0] })).toEqual({ ok: true });
        const project = [...facilitator.state.projects.keys()][0] as string | undefined;
        if (project) {
          for (const [device, team] of [[a1, 't1'], [a2, 't1'], [b1, 't2'], [b2, 't2']] as const) {
            await waitFor(device, (st) => st.privates.get(team).legal !== '{}');
            const fund = (JSON.parse(device.state.privates.get(team).legal) as { fund: Record<string, string[]> }).fund[project] ?? [];
            for (const type of fund) await ask(device, 'intent', { type: 'fund', initiative: project, tokens: { [type]: 1 } });
          }
          realised = facilitator.state.projects.get(project).realised;
        }
      }
      if (phase === 'gedoe' && facilitator.state.dilemma && !facilitator.state.dilemma.revealed) {
        // Every team votes on every dilemma: choose, then lock (the bot team does the same by itself).
        const deck = await (await fetch(`${server.url}/api/sessions/${s.code}/deck`)).json();
        const card = deck.dilemmas.find((d: { id: string }) => d.id === facilitator.state.dilemma.card);
        const free = card.options.find((o: { cost: object }) => Object.keys(o.cost).length === 0) ?? card.options[0];
        await ask(a2, 'intent', { type: 'vote', option: free.id, reason: 'Zo houden we het klein' });
        await ask(a1, 'intent', { type: 'lockVote' });
        await ask(b1, 'intent', { type: 'vote', option: free.id });
        expect(facilitator.state.dilemma.revealed).toBe(false);
        await ask(b2, 'intent', { type: 'lockVote' });
        await waitFor(observer, (st) => st.dilemma?.revealed).catch(() => {});
        if (!facilitator.state.dilemma.revealed) await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'next' } });
        await waitFor(observer, (st) => st.dilemma?.revealed);
        continue;
      }
      await ask(facilitator, 'facilitator', { key: s.key, action: { type: 'next' } });
      await waitFor(facilitator, (st) => st.phase !== phase || st.round !== round || st.dilemma?.revealed);
    }

    expect(revealedSeen).toBe(true);
    // The watch above can see private data where it belongs: the facilitator has all hands, a device its own.
    expect([...facilitator.state.privates.keys()].sort()).toEqual(['t1', 't2', 't3']);
    expect([...a1.state.privates.keys()]).toEqual(['t1']);
    expect([...b2.state.privates.keys()]).toEqual(['t2']);
    expect(observer.state.privates).toBeUndefined();
    expect(observer.state.result).not.toBe('');
    expect(JSON.parse(observer.state.result)).toMatchObject({ target: expect.any(Number), endedEarly: false });
    expect(JSON.parse(observer.state.history)).toHaveLength(3);
    expect(leaks).toEqual([]);

    const headers = { 'x-facilitator-key': s.key };
    const json = await fetch(`${server.url}/api/sessions/${s.code}/export.json`, { headers });
    expect(json.status).toBe(200);
    const debrief = await json.json();
    expect(debrief.timeline).toHaveLength(3);
    expect(debrief.actions.length).toBeGreaterThan(20);
    expect(debrief.actions[0]).toMatchObject({ seq: 1, by: expect.stringMatching(/^device:/), action: { type: 'addTeam' } });
    expect(debrief.teams.map((t: { name: string }) => t.name)).toEqual(['De Zonnebloemen', 'Buurtkracht', 'Robotbuurt']);
    const csvBytes = new Uint8Array(await (await fetch(`${server.url}/api/sessions/${s.code}/export.csv`, { headers })).arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // Excel reads it as UTF-8
    const csv = new TextDecoder().decode(csvBytes);
    expect(csv.trim().split('\n')).toHaveLength(1 + 3 * 3);
    expect(csv.split('\n')[0]).toContain('round,team_id,team,dilemma,choice');
    const md = await (await fetch(`${server.url}/api/sessions/${s.code}/export.md?key=${s.key}`)).text();
    expect(md).toContain('# Nabespreking: Het Dorp');
    expect(md).toContain('## Ronde 3');
    expect(md).toContain('Reflectievraag');
    expect((await fetch(`${server.url}/api/sessions/${s.code}/export.json`, { headers: { 'x-facilitator-key': 'wrong-key-wrong-key' } })).status).toBe(403);
    for (const r of [facilitator, observer, a1, a2, b1, b2]) await r.leave();
  }, 60_000);
});
