// The facilitator's page in Chromium and Firefox ESR: the projector with its console docked under it. A refused
// action is said in the console beside the control that asked for it (in the facilitator's language), never as a
// toast on the big screen; axe-core finds nothing serious or critical in the console's open panels ("Meer", the
// plan, the deck choice, the own-case form) and its confirmation dialog, nor on the projector from the lobby
// through the dilemma, every page of its reveal and the harvest wall to the end.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../server/build-client.ts';
import { MESSAGES } from '../shared/i18n/index.ts';
import { TEAM_COLOURS, TEAM_ICONS } from '../shared/vocabulary.ts';
import { ENGINES, launchBrowser, newDevice, screenshot, seriousA11yViolations, type Engine } from './helpers/browser.ts';
import { ask, join, newDeviceToken, startServer, type GameRoomClient, type TestServer } from './helpers/server.ts';
import { openSession, until } from './helpers/teamDevice.ts';

const NL = MESSAGES.nl;
const SIZE = { width: 1280, height: 720 };
const NAMES = ['De Zonnebloemen', 'Buurtkracht Oost', 'Samen Sterk', 'De Harde Werkers', 'Wijkteam Noord', 'Oranjebuurt', 'Groen Doet Goed', 'De Verbinders'];

let server: TestServer;
beforeAll(async () => {
  ensureClientBuilt();
  server = await startServer({ botDelayMs: 0 }, 24);
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

/** Where a note stands against the control it is about, and whether anything toasts on the page. */
const placeOf = (page: Page, note: string, control: string) => page.evaluate((n, c) => {
  const noteBox = document.querySelector(n)!.getBoundingClientRect();
  const controlBox = document.querySelector(c)!.getBoundingClientRect();
  return {
    inConsole: Boolean(document.querySelector(n)!.closest('.console')),
    distance: Math.max(0, noteBox.top - controlBox.bottom, controlBox.top - noteBox.bottom),
    toasts: document.querySelectorAll('#toasts .toast').length,
  };
}, note, control);

describe.each(ENGINES)('the facilitator\'s page in %s', (engine: Engine) => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('says a refusal beside its control, not on the big screen, and has no serious axe findings in its panels and phases', async () => {
    browser = await launchBrowser(engine);
    const s = await openSession(server.url, { length: 90 });
    const page = await newDevice(browser, SIZE);
    const findings: string[] = [];
    const axe = async (where: string) => {
      for (const v of await seriousA11yViolations(page)) findings.push(`${where}: ${v.impact} ${v.id} (${v.help}) ${v.targets.join(' | ')}`);
    };
    const devices: GameRoomClient[] = [];
    try {
      await page.goto(`${server.url}/facilitate/${s.code}#key=${s.key}`);
      await page.waitForSelector('#console-start');
      await axe('lobby');

      // Start without a single team: refused. The console says why, beside the start button, in Dutch.
      await page.click('#console-start');
      await page.waitForSelector('#console-note-main', { timeout: 10_000 });
      expect(await page.$eval('#console-note-main', (el) => el.textContent)).toContain(NL.errors.noTeams);
      const start = await placeOf(page, '#console-note-main', '#console-start');
      expect(start).toEqual({ inConsole: true, distance: expect.any(Number), toasts: 0 });
      expect(start.distance).toBeLessThan(60);
      await axe('lobby, refusal');
      await screenshot(page, `console-refusal-${engine}-1280x720`);

      // "Meer" open, and a refused undo (nothing to undo yet) after its confirmation dialog.
      await page.click('#console-more summary');
      await page.waitForSelector('#console-second-device');
      // The key's link and QR are drawn only when the facilitator opens them (the console may be on the projector).
      expect(await page.$('#second-device-link')).toBeNull();
      expect(await page.evaluate((key) => document.body.innerText.includes(key) || !!document.querySelector(".second-device img"), s.key)).toBe(false);
      await page.click('#console-second-device summary');
      await page.waitForSelector('#second-device-link');
      expect(await page.$eval('#second-device-link', (el) => (el as HTMLInputElement).value)).toContain(s.key);
      await axe('console: Meer');
      await page.click('#console-undo');
      await page.waitForSelector('dialog.confirm[open]');
      await axe('console: confirmation dialog');
      await page.click('dialog.confirm [data-answer="yes"]');
      await page.waitForSelector('#console-note-more', { timeout: 10_000 });
      expect(await page.$eval('#console-note-more', (el) => el.textContent)).toContain(NL.errors.nothingToUndo);
      expect(await page.$('#console-note-main')).toBeNull();
      const undo = await placeOf(page, '#console-note-more', '#console-undo');
      expect(undo.inConsole && undo.toasts === 0 && undo.distance < 60).toBe(true);
      await screenshot(page, `console-more-${engine}-1280x720`);

      // Every other panel of the console open: the plan, the deck choice, the own-case form.
      await page.waitForSelector('#console-plan');
      await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.console details').forEach((d) => { d.open = true; }));
      await page.waitForSelector('#owncase-title');
      await axe('console: every panel open');
      await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.console details').forEach((d) => { d.open = false; }));

      // A full room, through Doen to the dilemma and its reveal: the projector in every phase.
      for (const [i, name] of NAMES.entries()) {
        const device = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
        expect(await ask(device, 'createTeam', { name, colour: TEAM_COLOURS[i], icon: TEAM_ICONS[i] })).toMatchObject({ ok: true });
        devices.push(device);
      }
      await page.waitForFunction((n) => document.querySelectorAll('.lobby-teams li').length === n, {}, NAMES.length);
      await axe('lobby with eight teams');
      await page.click('#console-start');
      await page.waitForFunction((p) => document.querySelector('.phase-name')?.textContent === p, {}, NL.phases.ontmoeten);
      // A new phase folds "Meer" and the key's link away again.
      await page.waitForFunction(() => !document.querySelector('#second-device-link') && !document.querySelector<HTMLDetailsElement>('#console-more')?.open);
      expect(await page.$('#console-note-main')).toBeNull();
      await axe('ontmoeten');
      await s.act({ type: 'next' });
      await page.waitForSelector('.market-card');
      await axe('doen');
      await s.act({ type: 'next' });
      await page.waitForSelector('.dilemma-head');
      await axe('gedoe');
      for (const device of devices) {
        const team = device.state.devices.get(device.sessionId)?.team as string;
        await until(() => Object.keys(JSON.parse(device.state.privates.get(team)?.legal ?? '{}').vote ?? {}).length > 0);
        // An option the team may vote for without a card (one it cannot pay may still be open with a card that pays it).
        const votes: Record<string, (number | null)[]> = JSON.parse(device.state.privates.get(team)!.legal).vote;
        const option = Object.keys(votes).find((o) => votes[o]!.includes(null));
        expect(await ask(device, 'intent', { type: 'vote', option, reason: `${NAMES[devices.indexOf(device)]} kiest dit samen.` })).toEqual({ ok: true });
        expect(await ask(device, 'intent', { type: 'lockVote' })).toEqual({ ok: true });
      }
      await page.waitForSelector('.option.revealed');
      const pages = await page.evaluate(() => Number(document.querySelector('.page-mark')?.textContent?.match(/\d+\D+(\d+)/)?.[1] ?? 1));
      for (let i = 0; i < pages; i++) {
        await axe(`reveal page ${i + 1}`);
        await page.keyboard.press('ArrowRight');
      }
      await screenshot(page, `projector-reveal-${engine}-1280x720`);
      // Vieren & Leren (the harvest wall) and the end.
      await s.act({ type: 'next' });
      await page.waitForSelector('.wall-head');
      await axe('vieren');
      await s.act({ type: 'end' });
      await page.waitForFunction((p) => document.querySelector('.phase-name')?.textContent === p, {}, NL.phases.ended);
      await axe('ended');
      await screenshot(page, `projector-ended-${engine}-1280x720`);
      expect(findings).toEqual([]);
    } finally {
      for (const d of devices) await d.leave().catch(() => {});
      s.facilitator.leave();
    }
  }, 180_000);
});
