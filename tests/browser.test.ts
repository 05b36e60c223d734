// The whole game in real headless Chromium: a facilitator on a projector, two teams (one on two tablets,
// one on a phone), a vote revealed, an initiative celebrated, a tablet reloaded mid-game, the debrief and
// its downloads. Screenshots go to artifacts/ (ignored by git).
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../server/build-client.ts';
import { createGame, step } from '../shared/engine/index.ts';
import { animationFramesDuring, browserContext, countAnimationFrames } from './helpers/browser.ts';
import { deck } from './helpers/deck.ts';
import { deckForScenario } from '../shared/cards/for-scenario.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const ARTIFACTS = 'artifacts';
let server: TestServer;

beforeAll(async () => {
  ensureClientBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer({ botDelayMs: 0 }, 20);
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

/** A seed whose first market holds the façade gardens, which one team can pay for in round 1 (2 Handen, 1 Energie). */
function seedWithGardens(): number {
  for (let seed = 1; seed < 5000; seed++) {
    const g = createGame(deckForScenario(deck, 'het-dorp'), { scenario: 'het-dorp', rounds: 3, language: 'nl' }, seed);
    if (!g.ok) continue;
    for (const name of ['A', 'B']) step(g.value, { type: 'addTeam', name, colour: '#E69F00', icon: 'sun', bot: null });
    step(g.value, { type: 'start' });
    if (g.value.market.includes('geveltuinen')) return seed;
  }
  throw new Error('no seed found');
}

async function shot(page: Page, name: string) {
  const path = `${ARTIFACTS}/${name}.png`;
  await page.screenshot({ path });
  // Not blank: a real screen compresses to tens of kilobytes; an empty one to a few.
  expect(statSync(path).size, `${name} looks blank`).toBeGreaterThan(25_000);
  return path;
}

const phase = (page: Page) => page.locator('.phase-name').first().textContent();

describe('playing in the browser', () => {
  it('runs a whole game from the start page to the debrief', async () => {
    const seed = seedWithGardens();
    const projector = await browserContext({ width: 1920, height: 1080 });
    const tabletA1 = await browserContext({ width: 1024, height: 768 });
    const tabletA2 = await browserContext({ width: 768, height: 1024 });
    const phone = await browserContext({ width: 390, height: 844 });
    await countAnimationFrames(tabletA1);
    await countAnimationFrames(projector);
    try {
      // The facilitator creates the session on the start page (with a demo seed, so the façade gardens are on the market).
      const fp = await projector.newPage();
      await fp.goto(`${server.url}/?seed=${seed}`);
      await fp.selectOption('#scenario', 'het-dorp');
      await fp.selectOption('#session-length', '');
      await fp.selectOption('#rounds', '3');
      await fp.selectOption('#timers', 'off');
      await fp.click('#create-session');
      await fp.waitForURL(/\/facilitate\//);
      const code = new URL(fp.url()).pathname.split('/')[2]!;
      const key = await fp.evaluate((c) => localStorage.getItem(`gk.key.${c}`), code);
      expect(key).toBeTruthy();
      await fp.waitForSelector('.join-code');
      expect((await fp.textContent('.join-code'))?.trim()).toBe(code);
      expect(await fp.getAttribute('[data-join-code]', 'data-join-code')).toBe(code);
      await fp.waitForSelector('img.qr[src^="data:image/png"]');

      // Team A on two tablets, team B on a phone, all through the join link.
      const a1 = await tabletA1.newPage();
      await a1.goto(`${server.url}/join/${code}`);
      await a1.fill('#team-name', 'De Zonnebloemen');
      await a1.click('button[type=submit]');
      await a1.waitForSelector('.team-view');
      const a2 = await tabletA2.newPage();
      await a2.goto(`${server.url}/join/${code}`);
      await a2.click('.team-choice');
      await a2.waitForSelector('.team-view');
      const b = await phone.newPage();
      await b.goto(`${server.url}/join/${code}`);
      await b.fill('#team-name', 'Buurtkracht');
      await b.click('.swatch:nth-child(2)');
      await b.click('button[type=submit]');
      await b.waitForSelector('.team-view');
      await fp.waitForFunction(() => document.querySelectorAll('.lobby-teams li').length === 2);
      // On battery: in the lobby nothing on the map moves, so the tablet's board stops drawing; the projector,
      // on mains power, keeps drawing. (How many frames the projector manages depends on the machine's load: a
      // sleeping board asks for none or one, a running one for several even on a busy machine.)
      await a1.waitForTimeout(300);
      expect(await animationFramesDuring(a1, 1000)).toBeLessThan(2);
      expect(await animationFramesDuring(fp, 3000)).toBeGreaterThan(3); // over 3 s: a loaded machine stretches frames
      await shot(fp, 'projector-lobby-1920x1080');
      await fp.setViewportSize({ width: 1280, height: 720 });
      await fp.waitForTimeout(400);
      await shot(fp, 'projector-lobby-1280x720');
      await fp.setViewportSize({ width: 1920, height: 1080 });

      await fp.click('#console-start');
      await fp.waitForFunction(() => document.querySelector('.phase-name')?.textContent === 'Ontmoeten');
      await fp.keyboard.press(' ');
      await a1.waitForFunction(() => document.querySelector('.phase-name')?.textContent === 'Doen');

      // Team A starts the façade gardens (tap to select, tap to place) and pays for it from its second tablet.
      await a1.getByRole('button', { name: /Geveltuinen/ }).click();
      await a1.locator('.place button.primary').first().click();
      await a2.waitForSelector('.project');
      await a2.locator('.project .card-button').first().click();
      for (const token of ['Handen', 'Handen', 'Energie']) {
        await a2.getByRole('button', { name: `+1 ${token}` }).click();
        await a2.waitForTimeout(150);
        if (await a2.locator('.project').count() === 0) break;
        if (!(await a2.locator('.project.selected').count())) await a2.locator('.project .card-button').first().click();
      }
      // Realised: the neighbourhood's community power rises on the projector.
      await fp.waitForFunction(() => !/Gemeenschapskracht 0 /.test(document.querySelector('.tracks')?.textContent ?? 'Gemeenschapskracht 0 '));
      await shot(a1, 'tablet-1024x768-doen');
      await shot(b, 'phone-390x844-doen');
      await shot(fp, 'projector-doen-1920x1080');

      // Gedoe: every team asked votes; the votes are revealed side by side on the projector.
      await fp.keyboard.press(' ');
      await fp.waitForSelector('.dilemma-head');
      for (const page of [a1, b]) {
        const vote = page.locator('.vote-options input[type=radio]:not([disabled])').first();
        if (await vote.count()) await vote.click();
      }
      await fp.waitForTimeout(500);
      if (!(await fp.locator('.option.revealed').count())) await fp.keyboard.press(' ');
      await fp.waitForSelector('.option.revealed');
      await shot(fp, 'projector-reveal-1920x1080');

      // Vieren & Leren: the gardens are celebrated with the team's name.
      await fp.keyboard.press(' ');
      await fp.waitForSelector('.celebration');
      expect(await fp.textContent('.celebration')).toContain('De Zonnebloemen');
      await shot(fp, 'projector-celebration-1920x1080');

      // A tablet reloads mid-game and carries on in its team.
      await a2.reload();
      await a2.waitForSelector('.team-view');
      expect(await a2.textContent('.team-header')).toContain('De Zonnebloemen');

      // Play on to the end, then open the debrief.
      for (let i = 0; i < 20 && (await phase(fp)) !== 'Nabespreking'; i++) {
        await fp.keyboard.press(' ');
        await fp.waitForTimeout(250);
      }
      expect(await phase(fp)).toBe('Nabespreking');
      const debrief = await projector.newPage();
      await debrief.goto(`${server.url}/debrief/${code}#key=${key}`);
      await debrief.waitForSelector('#cp-chart');
      await debrief.waitForTimeout(1200);
      expect(await debrief.textContent('.debrief')).toContain('Geveltuinen');
      await shot(debrief, 'debrief-1920x1080');
      for (const format of ['json', 'csv', 'md']) {
        const [download] = await Promise.all([debrief.waitForEvent('download'), debrief.click(`#download-${format}`)]);
        const path = `${ARTIFACTS}/debrief.${format}`;
        await download.saveAs(path);
        expect(readFileSync(path, 'utf8').length).toBeGreaterThan(200);
      }
      expect(readFileSync(`${ARTIFACTS}/debrief.md`, 'utf8')).toContain('# Nabespreking: Het Dorp');
    } finally {
      for (const context of [projector, tabletA1, tabletA2, phone]) await context.close();
    }
  }, 180_000);
});
