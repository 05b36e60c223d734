// The facilitator's kit in real headless Chromium: a 90-minute session with a theme left out and an own case
// written in the form (refused first when broken, downloaded and uploaded again unchanged); the plan on the
// console; the own case picked, three teams voting with reasons, the reveal, the harvest and the closing answers
// on the projector; the debrief and the Markdown export. Then a dilemma-only session from start to debrief.
// Teams are SDK clients (the team screens have their own browser tests). Screenshots go to artifacts/.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../server/build-client.ts';
import { ARTIFACTS, browserContext, onSomePage, screenshot } from './helpers/browser.ts';
import { conversationCase } from './helpers/owncase.ts';
import { ask, join, newDeviceToken, startServer, waitFor, type GameRoomClient, type TestServer } from './helpers/server.ts';

let server: TestServer;

beforeAll(async () => {
  ensureClientBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ botDelayMs: 0 }, 30);
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

const TEAMS = [
  { name: 'De Zon', colour: '#E69F00', icon: 'sun' },
  { name: 'Het Blad', colour: '#56B4E9', icon: 'leaf' },
  { name: 'Het Huis', colour: '#009E73', icon: 'home' },
];

async function teamsJoin(roomId: string, code: string): Promise<GameRoomClient[]> {
  const devices: GameRoomClient[] = [];
  for (const team of TEAMS) {
    const device = await join(server.url, roomId, { role: 'team', code, deviceToken: newDeviceToken() });
    expect(await ask(device, 'createTeam', team)).toMatchObject({ ok: true });
    devices.push(device);
  }
  return devices;
}

async function voteAll(devices: GameRoomClient[], options: string[], reasons: string[]) {
  for (const [i, device] of devices.entries()) {
    expect(await ask(device, 'intent', { type: 'vote', option: options[i], reason: reasons[i] })).toEqual({ ok: true });
    expect(await ask(device, 'intent', { type: 'lockVote' })).toEqual({ ok: true });
  }
}

/** Clicks the console's "next" until the game is in this phase. */
async function nextUntil(fp: Page, facilitator: GameRoomClient, done: (st: any) => boolean) {
  for (let i = 0; i < 40 && !done(facilitator.state); i++) {
    await fp.click('#console-next');
    await fp.waitForTimeout(300);
  }
  await waitFor(facilitator, done, 10_000);
}

/** Creates the session on the start page; the test also follows it as the facilitator over the SDK. */
async function createSession(fp: Page) {
  await fp.click('#create-session');
  await fp.waitForURL(/\/facilitate\//, { timeout: 60_000 });
  const code = new URL(fp.url()).pathname.split('/')[2]!;
  const key = (await fp.evaluate((c) => localStorage.getItem(`gk.key.${c}`), code))!;
  const { roomId } = await (await fetch(`${server.url}/api/join/${code}`)).json();
  const facilitator = await join(server.url, roomId, { role: 'facilitator', key });
  return { code, key, roomId: roomId as string, facilitator };
}

async function fillOwnCase(fp: Page, form = conversationCase()) {
  await fp.selectOption('#owncase-kind', form.kind);
  await fp.selectOption('#owncase-theme', form.theme);
  await fp.fill('#owncase-title', form.title);
  await fp.fill('#owncase-situation', form.situation);
  for (const [i, option] of form.options.entries()) {
    await fp.fill(`#owncase-option-${i}-label`, option.label);
    await fp.fill(`#owncase-option-${i}-hint`, option.hint);
  }
  await fp.fill('#owncase-reflection', form.reflection);
}

describe('the facilitator\'s kit in the browser', () => {
  it('runs a 90-minute session with a theme left out and an own case, from the start page to the debrief', async () => {
    const projector = await browserContext({ width: 1920, height: 1080 });
    const devices: GameRoomClient[] = [];
    try {
      const fp = await projector.newPage();
      await fp.goto(`${server.url}/`);
      await fp.selectOption('#scenario', 'het-dorp');
      await fp.selectOption('#session-length', '90');

      // Deck choice: one theme left out; the count of cards in play goes down.
      await fp.click('#start-deck-choice > summary');
      const before = await fp.textContent('#start-deck-summary');
      const theme = fp.locator('#start-deck-choice .deck-themes input:not([disabled])').first();
      await theme.uncheck();
      expect(await fp.textContent('#start-deck-summary')).not.toBe(before);

      // The form refuses a broken card, with the message beside the field.
      await fillOwnCase(fp, { ...conversationCase(), title: '' });
      await fp.click('#owncase-add');
      await fp.waitForSelector('#owncase-error-title');
      expect(await fp.textContent('#owncase-error-title')).toContain('Vul dit in.');
      expect(await fp.getAttribute('#owncase-title', 'aria-describedby')).toBe('owncase-error-title');
      const beside = await fp.evaluate(() => document.getElementById('owncase-title')!.nextElementSibling?.id);
      expect(beside).toBe('owncase-error-title');
      await fp.locator('#owncase-heading').scrollIntoViewIfNeeded();
      await screenshot(fp, 'kit-form-1920x1080');

      // Written in full, downloaded, uploaded again: the same file, the same card.
      await fillOwnCase(fp);
      const [download] = await Promise.all([fp.waitForEvent('download'), fp.click('#owncase-download')]);
      const file = `${ARTIFACTS}/kit-own-case.yaml`;
      await download.saveAs(file);
      expect(readFileSync(file, 'utf8')).toContain('De buurtmoestuin en het hek');
      await fp.fill('#owncase-title', 'iets anders');
      await fp.setInputFiles('#owncase-upload', file);
      await fp.waitForSelector('#owncase-status');
      expect(await fp.inputValue('#owncase-title')).toBe('De buurtmoestuin en het hek');
      const [again] = await Promise.all([fp.waitForEvent('download'), fp.click('#owncase-download')]);
      await again.saveAs(`${ARTIFACTS}/kit-own-case-again.yaml`);
      expect(readFileSync(`${ARTIFACTS}/kit-own-case-again.yaml`, 'utf8')).toBe(readFileSync(file, 'utf8'));
      await fp.click('#owncase-add');
      await fp.waitForSelector('#start-own-cards li');

      const { code, key, roomId, facilitator } = await createSession(fp);
      devices.push(facilitator);
      expect(facilitator.state.rounds).toBe(4);

      // The plan on the console: where the session stands, and what to say now.
      await fp.waitForSelector('#console-plan');
      await fp.click('#console-plan > summary');
      expect(await fp.textContent('#plan-prompt')).toContain('principekaart');
      devices.push(...(await teamsJoin(roomId, code)));
      const teams = devices.slice(1);
      await screenshot(fp, 'kit-plan-1920x1080');
      // One printable page: the print shows the plan alone.
      await fp.evaluate(() => { window.print = () => {}; });
      await fp.click('#plan-print');
      await fp.emulateMedia({ media: 'print' });
      expect(await fp.locator('.plan-sheet').isVisible()).toBe(true);
      expect(await fp.locator('.projector').first().isVisible()).toBe(false);
      expect(await fp.textContent('.plan-sheet')).toContain('Wat je zegt per moment');
      await screenshot(fp, 'kit-plan-print');
      await fp.emulateMedia({ media: 'screen' });
      expect(await fp.locator('.plan-sheet').isVisible()).toBe(false);

      // The facilitator picks the own case; the game starts; the plan follows the clock.
      const ownId = 'eigen-de-buurtmoestuin-en-het-hek';
      await fp.waitForFunction((id) => !!document.querySelector(`#pick-dilemma option[value="${id}"]`), ownId);
      await fp.selectOption('#pick-dilemma', ownId);
      await fp.click('#console-start');
      await waitFor(facilitator, (st) => st.phase === 'ontmoeten');
      await fp.waitForFunction(() => document.getElementById('plan-standing')?.textContent?.match(/schema|achter|voor/));
      await nextUntil(fp, facilitator, (st) => st.phase === 'gedoe');
      expect(facilitator.state.dilemma.card).toBe(ownId);
      await fp.waitForFunction(() => document.body.textContent!.includes('De buurtmoestuin en het hek'));

      const reasons = ['Veiligheid voor de groente', 'De tuin is van iedereen', 'Eerst samen afspraken maken'];
      await voteAll(teams, ['a', 'b', 'b'], reasons);
      await waitFor(facilitator, (st) => st.dilemma?.revealed);
      // The reveal on the projector: every team's vote with its reason.
      await onSomePage(fp, reasons);
      await screenshot(fp, 'kit-reveal-1920x1080');

      // Vieren & Leren: harvest lines appear on the projector.
      await nextUntil(fp, facilitator, (st) => st.phase === 'vieren');
      const harvest = ['Een hek zegt iets over vertrouwen', 'Afspraken vragen onderhoud', 'Wij herkenden principe 8'];
      for (const [i, device] of teams.entries()) expect(await ask(device, 'intent', { type: 'harvest', text: harvest[i] })).toEqual({ ok: true });
      await fp.waitForFunction((hs) => hs.every((h) => document.body.textContent!.includes(h)), harvest, { timeout: 10_000 });

      // On to the closing reflection: answers appear on the projector.
      await nextUntil(fp, facilitator, (st) => st.phase === 'afsluiten');
      const answers = ['Principe 2 zien we in ons buurthuis', 'Maandag bel ik de wethouder', 'Vaker vragen wie er niet is'];
      for (const [i, device] of teams.entries()) expect(await ask(device, 'intent', { type: 'closingAnswer', question: (i % 2) as 0 | 1, text: answers[i] })).toEqual({ ok: true });
      await fp.waitForFunction((as) => as.every((a) => document.body.textContent!.includes(a)), answers, { timeout: 10_000 });
      await nextUntil(fp, facilitator, (st) => st.phase === 'ended');

      // The debrief and the Markdown export hold the plan, the own case, every vote with its reason, harvest, answers.
      const debrief = await projector.newPage();
      await debrief.goto(`${server.url}/debrief/${code}#key=${key}`);
      await debrief.waitForSelector('#debrief-questions');
      const page = (await debrief.textContent('main'))!;
      for (const text of ['Nabespreking', 'De buurtmoestuin en het hek', ...reasons, ...harvest, ...answers, 'Draaiboek']) expect(page, text).toContain(text);
      await screenshot(debrief, 'kit-debrief-1920x1080');
      const [md] = await Promise.all([debrief.waitForEvent('download'), debrief.click('#download-md')]);
      await md.saveAs(`${ARTIFACTS}/kit-debrief.md`);
      const markdown = readFileSync(`${ARTIFACTS}/kit-debrief.md`, 'utf8');
      for (const text of ['## Draaiboek', '90 minuten, 4 rondes', 'De buurtmoestuin en het hek', ...reasons, ...harvest, ...answers]) expect(markdown, text).toContain(text);
    } finally {
      for (const d of devices) await d.leave().catch(() => {});
      await projector.close();
    }
  }, 240_000);

  it('runs a dilemma-only session from the start page to its debrief, without board or tokens', async () => {
    const projector = await browserContext({ width: 1280, height: 720 });
    const devices: GameRoomClient[] = [];
    try {
      const fp = await projector.newPage();
      await fp.goto(`${server.url}/`);
      await fp.selectOption('#session-mode', 'dilemmas');
      await fp.selectOption('#session-length', '30');
      const { code, key, roomId, facilitator } = await createSession(fp);
      devices.push(facilitator);
      const teams = await teamsJoin(roomId, code);
      devices.push(...teams);
      expect(facilitator.state.rounds).toBe(3);
      // The projector marks the page once it has connected and read the session's mode.
      await fp.waitForFunction(() => document.body.classList.contains('dilemmas-only'), null, { timeout: 10_000 });

      await fp.click('#console-start');
      await waitFor(facilitator, (st) => st.phase === 'gedoe' && st.dilemma);
      // No board and no tokens on the projector.
      expect(await fp.locator('.board').first().isVisible()).toBe(false);
      const said: string[] = [];
      for (let round = 1; round <= 3; round++) {
        await waitFor(facilitator, (st) => st.round === round && st.phase === 'gedoe' && st.dilemma && !st.dilemma.revealed);
        const deck = await (await fetch(`${server.url}/api/sessions/${code}/deck`)).json();
        const card = deck.dilemmas.find((d: { id: string }) => d.id === facilitator.state.dilemma.card);
        const options = card.options.map((o: { id: string }) => o.id);
        const reasons = TEAMS.map((t) => `${t.name} in ronde ${round}`);
        said.push(...reasons);
        await voteAll(teams, [options[0], options[1], options.at(-1)], reasons);
        await waitFor(facilitator, (st) => st.dilemma?.revealed);
        if (round === 1) {
          await onSomePage(fp, reasons);
          await screenshot(fp, 'kit-dilemmas-reveal-1280x720');
        }
        await nextUntil(fp, facilitator, (st) => st.phase === 'vieren');
        const line = `Oogst van ronde ${round}`;
        said.push(line);
        expect(await ask(teams[round - 1]!, 'intent', { type: 'harvest', text: line })).toEqual({ ok: true });
        await nextUntil(fp, facilitator, (st) => st.phase !== 'vieren');
      }
      await waitFor(facilitator, (st) => st.phase === 'afsluiten');
      expect(await ask(teams[0]!, 'intent', { type: 'closingAnswer', question: 1, text: 'Maandag vraag ik waarom' })).toEqual({ ok: true });
      await nextUntil(fp, facilitator, (st) => st.phase === 'ended');
      expect(teams.every((t) => Object.values(t.state.teams.toJSON() as Record<string, { tokens: Record<string, number> }>).every((x) => Object.values(x.tokens).every((n) => n === 0)))).toBe(true);

      const debrief = await projector.newPage();
      await debrief.goto(`${server.url}/debrief/${code}#key=${key}`);
      await debrief.waitForSelector('#debrief-questions');
      expect(await debrief.locator('#cp-chart').count()).toBe(0);
      const page = (await debrief.textContent('main'))!;
      for (const text of [...said, 'Maandag vraag ik waarom', 'zonder bord']) expect(page, text).toContain(text);
      await screenshot(debrief, 'kit-dilemmas-debrief-1280x720');
    } finally {
      for (const d of devices) await d.leave().catch(() => {});
      await projector.close();
    }
  }, 240_000);
});
