// The team screens with a full game of teams, on the four screens a room uses: in every phase the task panel is
// in view and whole (nothing clips, nothing runs off the side), axe-core finds no serious or critical problem, and
// a screenshot of each screen goes to artifacts/.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../server/build-client.ts';
import { MESSAGES } from '../shared/i18n/index.ts';
import { TUNING } from '../shared/engine/tuning.ts';
import { TEAM_COLOURS, TEAM_ICONS } from '../shared/vocabulary.ts';
import type { Dilemma } from '../shared/cards/schema.ts';
import { deckForScenario } from '../shared/cards/for-scenario.ts';
import { deck as builtInDeck } from './helpers/deck.ts';
import { clippedPanels, launchBrowser, newDevice, screenshot, seriousA11yViolations, TEAM_SIZES } from './helpers/browser.ts';
import { ask, join, newDeviceToken, startServer, type GameRoomClient, type TestServer } from './helpers/server.ts';
import { chooseTeam, createTeam, openSession, until, waitForPhase } from './helpers/teamDevice.ts';

/** What the other teams say with their votes: long enough to wrap, as real reasons do. */
const REASONS = [
  'Dan doen de mensen uit de straat zelf mee en houden we het klein genoeg.',
  'We willen eerst weten wat de buren ervan vinden.',
  'Samen met de gemeente lukt het sneller, maar wij houden de regie.',
  'Het geld is op, dus de handen moeten het doen.',
  'Zonder vertrouwen loopt niemand meer mee; eerst goed praten.',
  'Kleine stappen: een proef van drie maanden.',
  'De jongeren vragen er al een jaar om.',
];

/** The session plays Het Dorp (the test kit's default): its cards in its own wording. */
const deck = deckForScenario(builtInDeck, 'het-dorp');

/** The phase names a Dutch tablet shows. */
const PHASES = MESSAGES.nl.phases;
let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  ensureClientBuilt();
  server = await startServer({}, 22);
  browser = await launchBrowser('chromium');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const KEY_PANELS = ['.task', '.team-header', '.notice', '.task .dilemma', '.vote-options', '.trade-form', '.reveal-summary', '.reveal-list'];

/** Where the task panel is and whether the page runs off the side. */
const taskBox = (page: Page) => page.evaluate(() => {
  const box = document.getElementById('task')!.getBoundingClientRect();
  const header = document.querySelector('.team-header')!.getBoundingClientRect();
  return {
    top: Math.round(box.top), bottom: Math.round(box.bottom), height: Math.round(box.height), viewport: innerHeight,
    sideways: document.documentElement.scrollWidth > innerWidth, header: { top: Math.round(header.top), bottom: Math.round(header.bottom) },
  };
});

describe('team screens with a full game of teams', () => {
  it('shows the task whole and first, without clipping or serious accessibility problems, at every size and phase', async () => {
    const s = await openSession(server.url, { seed: 7, timers: { ontmoeten: 900, doen: 900, gedoe: 900, vieren: 900 } });
    const devices: [string, Page][] = [];
    for (const [i, size] of TEAM_SIZES.entries()) {
      const page = await newDevice(browser, size);
      if (i === 0) await createTeam(page, server.url, s.code, 'De Zonnebloemen');
      else await chooseTeam(page, server.url, s.code, 'De Zonnebloemen');
      devices.push([size.name, page]);
    }
    // The other teams, each on a device of its own (over the SDK): as many as the game allows.
    const others: GameRoomClient[] = [];
    const names = ['Buurtkracht', 'De Wijkploeg', 'Samen Sterk', 'Het Plein', 'Groen Dorp', 'De Bakkers', 'Zorgzaam Zuid'];
    for (let i = 1; i < TUNING.maxTeams; i++) {
      const room = await join(server.url, s.roomId, { role: 'team', code: s.code, deviceToken: newDeviceToken() });
      expect(await ask(room, 'createTeam', { name: names[i - 1], colour: TEAM_COLOURS[i % TEAM_COLOURS.length], icon: TEAM_ICONS[i % TEAM_ICONS.length] })).toMatchObject({ ok: true });
      others.push(room);
    }
    await until(() => s.facilitator.state.teams.size === TUNING.maxTeams);
    const findings: string[] = [];
    const heights: Record<string, number> = {};

    const check = async (phase: string) => {
      for (const [name, page] of devices) {
        await new Promise((r) => setTimeout(r, 150));
        const box = await taskBox(page);
        heights[`${phase} ${name}`] = box.height;
        // The task is brought into view: its top is on screen (a phase change scrolls it there).
        if (box.top < 0 || box.top > box.viewport / 2) findings.push(`${phase} ${name}: task starts at ${box.top}px`);
        if (box.sideways) findings.push(`${phase} ${name}: the page runs off the side`);
        // The header (team, tokens, phase, clock, pause) stays in sight, and the task is not under it.
        if (box.header.top !== 0) findings.push(`${phase} ${name}: the header is out of sight (${box.header.top}px)`);
        if (box.top < box.header.bottom) findings.push(`${phase} ${name}: the task starts under the header (${box.top} < ${box.header.bottom})`);
        // Every task fits the screen, on a phone too: the vote with its lock button and the reveal of eight teams.
        if (box.bottom > box.viewport) findings.push(`${phase} ${name}: the task runs below the screen (${box.top}–${box.bottom} of ${box.viewport}px)`);
        for (const clip of await clippedPanels(page, KEY_PANELS.filter((p) => p !== '.task' && p !== '.notice'))) {
          if (clip.scrollHeight > clip.clientHeight + 1 || clip.scrollWidth > clip.clientWidth + 1) findings.push(`${phase} ${name}: ${clip.selector} clips (${JSON.stringify(clip)})`);
        }
        await screenshot(page, `team-${phase}-${name}`);
      }
      const violations = await seriousA11yViolations(devices[0]![1]);
      for (const v of violations) findings.push(`${phase}: axe ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
    };

    await waitForPhase(devices[0]![1], 'Voor de start');
    await check('lobby');
    await s.act({ type: 'start' });
    for (const [, page] of devices) await waitForPhase(page, 'Ontmoeten');
    await check('ontmoeten');
    await s.act({ type: 'next' });
    for (const [, page] of devices) await waitForPhase(page, 'Doen');
    // Another team offers a trade: every device of the team gets the notice.
    const zonnebloemen = [...s.facilitator.state.teams.values()].find((t: { name: string }) => t.name === 'De Zonnebloemen').id;
    expect(await ask(others[0]!, 'intent', { type: 'offerTrade', to: zonnebloemen, give: { energie: 1 }, want: { handen: 1 } })).toEqual({ ok: true });
    for (const [, page] of devices) await page.waitForSelector('.notice');
    expect(await devices[0]![1].$eval('.notice', (el) => el.textContent)).toContain('Buurtkracht');
    await check('doen');
    // The notice leads to the offer in the task panel.
    await devices[2]![1].click('#show-offer');
    await devices[2]![1].waitForSelector('.task .offers .trade');

    // The Gedoe card with the most words this session could draw: the phone's vote must fit with that one too.
    const wordy = (c: Dilemma) => c.title.nl.length + c.situation.nl.length + c.options.reduce((n, o) => n + o.label.nl.length, 0);
    const pile: string[] = [...s.facilitator.state.facilitator.get('f').dilemmaChoices];
    const longest = deck.dilemmas.filter((c) => c.kind === 'gedoe' && pile.includes(c.id)).sort((a, b) => wordy(b) - wordy(a))[0]!;
    await s.act({ type: 'pickDilemma', dilemma: longest.id });
    await s.act({ type: 'next' });
    for (const [, page] of devices) await waitForPhase(page, 'Gedoe');
    await until(() => s.facilitator.state.dilemma?.card === longest.id);
    const tablet = devices[0]![1];
    await tablet.waitForSelector('.vote-options input[type=radio]:not([disabled])');
    await tablet.type('#vote-reason', 'Zo houden we het samen vol.', { delay: 20 });
    await check('gedoe');
    // On the phone a hint is one tap away; the vote still fits with it open.
    const phone = devices[2]![1];
    await phone.click('.hint-toggle');
    await phone.waitForSelector('.option-hint.open');
    expect(await phone.$eval('.option-hint.open', (el) => el.getBoundingClientRect().height)).toBeGreaterThan(0);
    await screenshot(phone, 'team-gedoe-phone-390x844-hint');
    await phone.click('.hint-toggle[aria-expanded="true"]');
    // A phone reloaded mid-vote (it slept, the page was reopened) opens with the whole vote in view too.
    await phone.reload();
    await phone.waitForSelector('.vote-options input[type=radio]');
    await new Promise((r) => setTimeout(r, 300));
    const reopened = await taskBox(phone);
    if (reopened.top < 0 || reopened.bottom > reopened.viewport) findings.push(`gedoe phone reopened: the task is at ${reopened.top}–${reopened.bottom} of ${reopened.viewport}px`);
    // Every other team votes with a reason of its own, as in a room: the reveal shows eight reasons.
    for (const [i, room] of others.entries()) {
      const team = room.state.devices.get(room.sessionId)?.team as string;
      await until(() => Object.keys(JSON.parse(room.state.privates.get(team)?.legal ?? '{}').vote ?? {}).length > 0);
      // The options the team may vote for without a card (one it cannot pay may still be open with a card that pays it).
      const votes: Record<string, (number | null)[]> = JSON.parse(room.state.privates.get(team)!.legal).vote;
      const options = Object.keys(votes).filter((o) => votes[o]!.includes(null));
      expect(await ask(room, 'intent', { type: 'vote', option: options[i % options.length], reason: REASONS[i] })).toEqual({ ok: true });
      expect(await ask(room, 'intent', { type: 'lockVote' })).toEqual({ ok: true });
    }
    await tablet.click('.vote-options input[type=radio]:not([disabled])');
    for (let i = 0; i < 3 && !s.facilitator.state.dilemma?.revealed; i++) await s.act({ type: 'next' });
    await until(() => Boolean(s.facilitator.state.dilemma?.revealed));
    for (const [, page] of devices) await page.waitForSelector('.reveal-summary');
    await check('reveal');
    // Every team's reason is one tap away on the phone.
    await phone.click('.reveal-reasons summary');
    await phone.waitForFunction(() => (document.querySelector('.reveal-list')?.getBoundingClientRect().height ?? 0) > 0);
    expect(await phone.$eval('.reveal-list', (el) => el.textContent)).toContain(REASONS[6]);
    for (const v of await seriousA11yViolations(phone)) findings.push(`reveal, reasons open: axe ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
    await phone.screenshot({ path: 'artifacts/team-reveal-phone-390x844-reasons.png', fullPage: true });
    while (s.facilitator.state.phase !== 'vieren') await s.act({ type: 'next' });
    for (const [, page] of devices) await waitForPhase(page, 'Vieren');
    await check('vieren');
    await s.act({ type: 'end' });
    for (const [, page] of devices) await waitForPhase(page, PHASES.ended);
    await check('ended');

    console.log('task panel heights (px):', JSON.stringify(heights));
    expect(findings).toEqual([]);
    for (const room of [...others, s.facilitator]) room.leave();
  }, 240_000);
});
