// The facilitator's kit over the network: a session made with a length and dilemmas left out; an own case
// added in play through the facilitator's message, voted on by three teams with reasons; the deck route and
// the exports hold it; a restart replays it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkForm } from '../shared/owncase/form.ts';
import { createSession } from './helpers/api.ts';
import { conversationCase } from './helpers/owncase.ts';
import { ask, join, newDeviceToken, startServer, waitFor, type TestServer } from './helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('the kit in a session', () => {
  it('leaves dilemmas out from the start, adds an own case in play, and the debrief holds every vote and reason', async () => {
    const all: { id: string }[] = await (await fetch(`${server.url}/api/dilemmas`)).json();
    expect(all.length).toBeGreaterThan(4);
    const out = all.slice(0, 3).map((d) => d.id);
    const s = await createSession(server.url, { length: 90, leaveOut: out });
    const facilitator = await join(server.url, s.roomId, { role: 'facilitator', key: s.key });
    const f = (action: object) => ask(facilitator, 'facilitator', { key: s.key, action });
    const choices = () => [...facilitator.state.facilitator.get('f').dilemmaChoices] as string[];
    expect(choices().some((id) => out.includes(id))).toBe(false);

    const teams = [];
    for (const name of ['Zon', 'Blad', 'Huis']) {
      const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
      expect(await ask(device, 'createTeam', { name, colour: ['#E69F00', '#56B4E9', '#009E73'][teams.length], icon: ['sun', 'leaf', 'home'][teams.length] })).toMatchObject({ ok: true });
      teams.push(device);
    }
    const checked = checkForm(conversationCase());
    if (!checked.ok) throw new Error('own case should be valid');
    expect(await f({ type: 'start' })).toEqual({ ok: true });
    expect(await f({ type: 'addDilemma', card: checked.card })).toEqual({ ok: true });
    expect(await f({ type: 'addDilemma', card: checked.card })).toEqual({ refused: { code: 'duplicateCard' } });
    // Every screen can fetch the card's text now.
    const deck = await (await fetch(`${server.url}/api/sessions/${s.code}/deck`)).json();
    expect(deck.dilemmas.find((d: { id: string }) => d.id === checked.card.id)?.title.nl).toBe('De buurtmoestuin en het hek');

    expect(await f({ type: 'pickDilemma', dilemma: checked.card.id })).toEqual({ ok: true });
    while (facilitator.state.phase !== 'gedoe') await f({ type: 'next' });
    await waitFor(facilitator, (st) => st.dilemma?.card === checked.card.id);
    const reasons = ['Veiligheid voor de groente', 'De tuin is van iedereen', 'Eerst samen afspraken maken'];
    for (const [i, device] of teams.entries()) {
      expect(await ask(device, 'intent', { type: 'vote', option: i === 0 ? 'a' : 'b', reason: reasons[i] })).toEqual({ ok: true });
      expect(await ask(device, 'intent', { type: 'lockVote' })).toEqual({ ok: true });
    }
    await waitFor(facilitator, (st) => st.dilemma?.revealed);
    expect(facilitator.state.dilemma.choices.map((c: { reason: string }) => c.reason)).toEqual(reasons);

    await f({ type: 'next' });
    await waitFor(facilitator, (st) => st.phase === 'vieren');
    expect(await ask(teams[1]!, 'intent', { type: 'harvest', text: 'Een hek zegt iets over vertrouwen' })).toEqual({ ok: true });

    const headers = { 'x-facilitator-key': s.key };
    const md = await (await fetch(`${server.url}/api/sessions/${s.code}/export.md`, { headers })).text();
    for (const text of ['De buurtmoestuin en het hek', ...reasons, 'Een hek zegt iets over vertrouwen', '## Draaiboek']) expect(md, text).toContain(text);
    const json = await (await fetch(`${server.url}/api/sessions/${s.code}/export.json`, { headers })).json();
    expect(json.actions[0]).toMatchObject({ seq: 1, by: 'facilitator', action: { type: 'leaveOut', dilemmas: out } });
    for (const device of [...teams, facilitator]) await device.leave();
  });

  it('refuses to leave out a card the deck does not hold', async () => {
    await expect(createSession(server.url, { leaveOut: ['bestaat-niet'] })).rejects.toThrow(/leaveOut: dilemmaNotAvailable/);
  });
});
