// The projector in real headless Chromium with a full room of 8 teams, at 1280×720 and 1920×1080: the lobby, a
// realisation's banner, the whole dilemma, the reveal of every team's vote (reason, principle card, numbers), the
// harvest wall and the closing answers, each page checked for clipping and by axe-core; and the votes of three
// teams read back on the projector and in the debrief. Screenshots go to artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../server/build-client.ts';
import { TEAM_COLOURS, TEAM_ICONS } from '../shared/vocabulary.ts';
import { browserContext, clippedPanels, onSomePage, PROJECTOR_SIZES, screenshot, seriousA11yViolations } from './helpers/browser.ts';
import { deckForScenario } from '../shared/cards/for-scenario.ts';
import { deck as builtInDeck } from './helpers/deck.ts';
import { ask, join, newDeviceToken, startServer, waitFor, type GameRoomClient, type TestServer } from './helpers/server.ts';
import { openSession, type Session } from './helpers/teamDevice.ts';

// The sessions here play Het Dorp (the test kit's default): its cards in its own wording.
const deck = deckForScenario(builtInDeck, 'het-dorp');

/** The panels that must show their content whole: a clipped one hides part of a dilemma, a vote or a team. */
const KEY_PANELS = ['.projector-header', '.projector-stage', '.paged-column', '.paged-block', '.projector-footer', '.team-strip li', '.board', '.lobby'];
const NAMES = ['De Zonnebloemen', 'Buurtkracht Oost', 'Samen Sterk', 'De Harde Werkers', 'Wijkteam Noord', 'Oranjebuurt', 'Groen Doet Goed', 'De Verbinders'];
const REASONS = [
  'Dan doen de mensen uit de straat zelf mee en houden we het klein genoeg om het vol te houden.',
  'We willen eerst weten wat de buren ervan vinden; anders bouwen we iets waar niemand om vroeg.',
  'Samen met de gemeente lukt het sneller, maar we houden de regie over wat er gebeurt.',
  'Het geld is op, dus de handen moeten het doen: wie helpt er zaterdag mee in de tuin?',
  'Zonder vertrouwen loopt niemand meer mee; we nemen de tijd en praten het eerst goed door.',
  'Kleine stappen: een proef van drie maanden, dan kijken we samen wat werkt en wat niet.',
  'De jongeren vragen er al een jaar om; als wij het niet doen, doet niemand het.',
  'We kiezen wat de buurt sterker maakt, ook als het ons zelf wat meer moeite kost.',
];

/** Eight reasons as long as a team may type (140 characters). */
const LONG_REASONS = REASONS.map((r, i) => `${r} ${REASONS[(i + 1) % 8]}`.slice(0, 139).trimEnd() + '.');

let server: TestServer;
beforeAll(async () => {
  ensureClientBuilt();
  server = await startServer({ botDelayMs: 0 }, 30);
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

async function teamDevices(session: Session, names: string[]): Promise<GameRoomClient[]> {
  const devices: GameRoomClient[] = [];
  for (const [i, name] of names.entries()) {
    const device = await join(server.url, session.roomId, { role: 'team', code: session.code, deviceToken: newDeviceToken() });
    const answer = await ask(device, 'createTeam', { name, colour: TEAM_COLOURS[i], icon: TEAM_ICONS[i] });
    expect(answer).toMatchObject({ ok: true });
    devices.push(device);
  }
  return devices;
}

const teamOf = (device: GameRoomClient) => device.state.devices.get(device.sessionId)?.team as string;
const phaseIs = (phase: string) => (s: any) => s.phase === phase;

interface PlannedVote { option: string; principle: number | null }

const legalOf = (device: GameRoomClient) =>
  JSON.parse(device.state.privates.get(teamOf(device))?.legal ?? '{}') as { vote?: Record<string, (number | null)[]>; claim?: Record<string, string[]> };

/** Three different options, each with a principle card the team holds and may argue with, or null. */
function threeDifferentVotes(devices: GameRoomClient[]): PlannedVote[] | null {
  const [a, b, c] = devices.map((d) => Object.entries(legalOf(d).vote ?? {}).flatMap(([option, cards]) =>
    cards.filter((p): p is number => p !== null).map((principle) => ({ option, principle }))));
  for (const x of a!) for (const y of b!) for (const z of c!) {
    if (new Set([x.option, y.option, z.option]).size === 3) return [x, y, z];
  }
  return null;
}

/** Each team votes (the planned option and card, or a legal one, the preferred option first) with its reason, then locks. */
async function voteAndLock(devices: GameRoomClient[], reasons: string[], plan: PlannedVote[] = []) {
  const card = deck.dilemmas.find((d) => d.id === devices[0]!.state.dilemma.card)!;
  const votes: { team: string; option: string; reason: string; principle: number | null }[] = [];
  for (const [i, device] of devices.entries()) {
    const team = teamOf(device);
    const legal = JSON.parse(device.state.privates.get(team)?.legal ?? '{}') as { vote?: Record<string, (number | null)[]> };
    const allowed = Object.keys(legal.vote ?? {});
    const preferred = card.options[i % card.options.length]!.id;
    const option = plan[i]?.option ?? (allowed.includes(preferred) ? preferred : allowed[0]!);
    const principle = plan[i] ? plan[i]!.principle : (legal.vote?.[option] ?? []).find((p) => p !== null) ?? null;
    expect(await ask(device, 'intent', { type: 'vote', option, reason: reasons[i], ...(principle ? { principle } : {}) })).toEqual({ ok: true });
    expect(await ask(device, 'intent', { type: 'lockVote' })).toEqual({ ok: true });
    votes.push({ team, option, reason: reasons[i]!, principle });
  }
  return votes;
}

/**
 * Every page of the stage at this size: no key panel clips, axe finds nothing serious, and `onEveryPage` (the
 * question to talk about) shows on each page; returns all the text.
 */
async function checkPages(page: Page, name: string, size: { name: string }, onEveryPage?: string) {
  let text = '';
  const count = await page.evaluate(() => Number(document.querySelector('.page-mark')?.textContent?.match(/\d+\D+(\d+)/)?.[1] ?? 1));
  // Back to the first page, then through all of them.
  for (let i = 0; i < count; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < count; i++) {
    // The page turned (a busy machine may take longer than a moment), so no page is read twice.
    if (count > 1) {
      await page.waitForFunction((n) => Number(document.querySelector('.page-mark')?.textContent?.match(/\d+/)?.[0]) === n, i + 1, { timeout: 10_000 });
    }
    await page.waitForTimeout(150);
    expect(await clippedPanels(page, KEY_PANELS), `${name} ${size.name} page ${i + 1}`).toEqual([]);
    expect(await seriousA11yViolations(page), `${name} ${size.name} page ${i + 1}`).toEqual([]);
    await screenshot(page, `projector-${name}-${size.name}${count > 1 ? `-page${i + 1}` : ''}`);
    const pageText = await page.locator('.projector-stage').innerText();
    if (onEveryPage) expect(pageText.replace(/\s+/g, ' '), `${name} ${size.name} page ${i + 1}`).toContain(onEveryPage.replace(/\s+/g, ' '));
    text += pageText;
    await page.keyboard.press('ArrowRight');
  }
  return { text, pages: count };
}

async function atEverySize(page: Page, name: string, onEveryPage?: string) {
  const texts: string[] = [];
  const pages: number[] = [];
  for (const size of PROJECTOR_SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(500);
    const seen = await checkPages(page, name, size, onEveryPage);
    texts.push(seen.text);
    pages.push(seen.pages);
  }
  return Object.assign(texts, { pages });
}

describe('the start page', () => {
  it('says how many teams can take part and has no serious axe findings', async () => {
    const context = await browserContext({ width: 1280, height: 800 });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForSelector('#team-limit');
      expect(await page.textContent('#team-limit')).toContain('8');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'start-1280x800');
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('the projector lobby', () => {
  it('waits for teams, invites more while there is room, and says the teams are complete at 8 of 8, in Dutch and English', async () => {
    const context = await browserContext(PROJECTOR_SIZES[0]);
    try {
      const page = await context.newPage();
      const s = await openSession(server.url);
      await page.goto(`${server.url}/facilitate/${s.code}#key=${s.key}`);
      await page.waitForSelector('.lobby');
      const headline = () => page.locator('.projector-header .phase-name').innerText();
      expect(await headline()).toBe('Wachten op teams');
      for (const [i, name] of NAMES.slice(0, 7).entries()) await s.act({ type: 'addTeam', name, colour: TEAM_COLOURS[i], icon: TEAM_ICONS[i], bot: null });
      await page.waitForFunction(() => document.querySelectorAll('.lobby-teams li').length === 7);
      expect(await headline()).toBe('Teams komen binnen · de spelleider kan starten');
      expect(await page.locator('.lobby-room').innerText()).toBe('Nog plek voor 1 team');
      await s.act({ type: 'addTeam', name: NAMES[7], colour: TEAM_COLOURS[7], icon: TEAM_ICONS[7], bot: null });
      await page.waitForFunction(() => document.querySelectorAll('.lobby-teams li').length === 8);
      expect(await headline()).toBe('Teams compleet · de spelleider kan starten');
      expect(await page.locator('.lobby-room').innerText()).toContain('Alle 8 plekken bezet');
      expect(await page.locator('body').innerText()).not.toContain('Wachten op teams');
      expect(await clippedPanels(page, KEY_PANELS)).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'projector-lobby-complete-1280x720');
      await page.click('.projector-header .lang-switch');
      await page.waitForFunction(() => document.querySelector('.projector-header .phase-name')?.textContent === 'Teams complete · the facilitator can start');
      expect(await page.locator('.lobby-room').innerText()).toContain('All 8 places taken');
      // A team leaves: there is room again, and the screen invites latecomers.
      const last = [...s.facilitator.state.teams.values()].find((t) => t.name === NAMES[7])!.id as string;
      await s.act({ type: 'removeTeam', team: last });
      await page.waitForFunction(() => document.querySelectorAll('.lobby-teams li').length === 7);
      expect(await headline()).toBe('Teams are arriving · the facilitator can start');
      expect(await page.locator('.lobby-room').innerText()).toBe('Room for 1 more team');
      s.facilitator.leave();
    } finally {
      await context.close();
    }
  }, 60_000);
});

/**
 * Each page of the stage from the first: how full its columns are (their content over the columns' whole height)
 * and the option letters in reading order (an option's heading, or a vote card for it).
 */
async function pageLayout(page: Page, count: number) {
  for (let i = 0; i < count; i++) await page.keyboard.press('ArrowLeft');
  const pages: { fill: number; letters: { letter: string; vote: boolean }[] }[] = [];
  for (let i = 0; i < count; i++) {
    await page.waitForTimeout(100);
    pages.push(await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.paged-page')!;
      const columns = Number(getComputedStyle(box).getPropertyValue('--columns'));
      const used = [...box.querySelectorAll('.paged-column')].reduce((sum, c) => sum + c.getBoundingClientRect().height, 0);
      const letters = [...box.querySelectorAll('.paged-column .option-letter')].map((l) => ({ letter: l.textContent ?? '', vote: !!l.closest('.vote-card') }));
      return { fill: used / (columns * box.clientHeight), letters };
    }));
    await page.keyboard.press('ArrowRight');
  }
  return pages;
}

describe('the projector with a full room', () => {
  it('shows the lobby, a realisation, the whole dilemma, every vote, the harvest wall and the closing answers whole at 1280×720 and 1920×1080', async () => {
    const context = await browserContext(PROJECTOR_SIZES[1]);
    let devices: GameRoomClient[] = [];
    try {
      const page = await context.newPage();
      const lobby = await openSession(server.url, { rounds: 3 });
      devices = await teamDevices(lobby, NAMES);
      await page.goto(`${server.url}/facilitate/${lobby.code}#key=${lobby.key}`);
      await page.waitForFunction((n) => document.querySelectorAll('.lobby-teams li').length === n, NAMES.length);
      await page.waitForSelector('img.qr[src^="data:image/png"]');
      for (const text of await atEverySize(page, 'lobby')) for (const name of NAMES) expect(text).toContain(name);

      // Doen in a session whose market holds an initiative the teams can pay for together with what they start
      // with (nobody has Geld yet; the market is dealt at random): the first team claims it, the teams pay.
      let session = lobby;
      let choice: [string, string[]] | undefined;
      for (let attempt = 0; attempt < 20 && !choice; attempt++) {
        if (attempt > 0) {
          for (const d of devices) await d.leave().catch(() => {});
          session = await openSession(server.url, { rounds: 3 });
          devices = await teamDevices(session, NAMES);
        }
        await session.act({ type: 'start' });
        await session.act({ type: 'next' });
        await waitFor(devices[0]!, (s) => s.phase === 'doen' && Object.keys(JSON.parse(s.privates.get(teamOf(devices[0]!))?.legal ?? '{}').claim ?? {}).length > 0);
        const pooled = (type: string) => devices.reduce((sum, d) => sum + d.state.teams.get(teamOf(d)).tokens[type], 0);
        const payable = (id: string) => Object.entries(deck.initiatives.find((c) => c.id === id)!.cost).every(([type, n]) => pooled(type) >= (n ?? 0));
        choice = Object.entries(legalOf(devices[0]!).claim ?? {}).find(([id]) => payable(id));
      }
      expect(choice).toBeDefined();
      if (session !== lobby) await page.goto(`${server.url}/facilitate/${session.code}#key=${session.key}`);
      await page.waitForSelector('.market-card');
      const first = devices[0]!;
      const [initiative, locations] = choice!;
      expect(await ask(first, 'intent', { type: 'claim', initiative, location: locations[0] })).toEqual({ ok: true });
      const left = { ...deck.initiatives.find((c) => c.id === initiative)!.cost } as Record<string, number>;
      const maker = 0;
      for (const device of devices) {
        const tokens = device.state.teams.get(teamOf(device)).tokens;
        const give = Object.fromEntries(Object.entries(left).map(([type, n]) => [type, Math.min(n, tokens[type])]).filter(([, n]) => (n as number) > 0));
        if (Object.keys(give).length === 0) continue;
        if (!('ok' in (await ask(device, 'intent', { type: 'fund', initiative, tokens: give })))) continue;
        for (const [type, n] of Object.entries(give)) left[type] = left[type]! - (n as number);
        if (Object.values(left).every((n) => n <= 0)) break;
      }
      expect(Object.values(left).every((n) => n <= 0)).toBe(true);
      await page.waitForSelector('.celebration-banner');
      expect(await page.textContent('.celebration-banner')).toContain(NAMES[maker]);
      await screenshot(page, 'projector-celebration-1920x1080');
      expect(await clippedPanels(page, KEY_PANELS)).toEqual([]);

      // Gedoe: the situation and every option, in words; marks while the votes come in.
      await session.act({ type: 'next' });
      await waitFor(first, (s) => s.phase === 'gedoe' && !!s.dilemma?.card);
      await page.waitForSelector('.dilemma-head');
      const card = deck.dilemmas.find((d) => d.id === first.state.dilemma.card)!;
      for (const text of await atEverySize(page, 'gedoe')) {
        expect(text).toContain(card.title.nl);
        expect(text.replace(/\s+/g, ' ')).toContain(card.situation.nl.replace(/\s+/g, ' '));
        for (const o of card.options) expect(text).toContain(o.label.nl);
      }

      // All eight vote with reasons and cards and lock: the reveal shows every one, across its pages, and the
      // question to talk about on every page (the room talks while the facilitator turns them).
      const votes = await voteAndLock(devices, REASONS);
      await page.waitForSelector('.vote-card');
      const reveal = await atEverySize(page, 'reveal', card.reflection.nl);
      expect(reveal.pages[0], 'eight reasons take more than one page at 1280×720').toBeGreaterThan(1);
      for (const text of reveal) {
        const flat = text.replace(/\s+/g, ' ');
        for (const [i, v] of votes.entries()) {
          expect(flat).toContain(NAMES[i]);
          expect(flat).toContain(v.reason);
          if (v.principle) expect(flat).toContain(deck.principles.find((p) => p.number === v.principle)!.title.nl);
        }
      }

      // Vieren & Leren: the harvest wall with a line from every team.
      await session.act({ type: 'next' });
      await waitFor(first, phaseIs('vieren'));
      // The last team types one long word: it wraps in its card instead of running off the screen.
      const harvestLine = (i: number) => (i === 7 ? 'samenwerkenmetdebuurtisdesleutel'.repeat(4) : REASONS[(i + 3) % 8]!.slice(0, 110));
      for (const [i, device] of devices.entries()) expect(await ask(device, 'intent', { type: 'harvest', text: `Oogst ${i + 1}: ${harvestLine(i)}` })).toEqual({ ok: true });
      // Lines keep arriving for a moment after the last answer, and each new one lays the pages out again.
      await onSomePage(page, Array.from({ length: 8 }, (_, i) => `Oogst ${i + 1}:`), 15_000);
      for (const text of await atEverySize(page, 'harvest')) for (let i = 0; i < 8; i++) expect(text).toContain(`Oogst ${i + 1}:`);

      // On to the closing reflection: every team answers both questions.
      for (let i = 0; i < 20 && first.state.phase !== 'afsluiten'; i++) {
        await session.act({ type: 'next' });
        await new Promise((r) => setTimeout(r, 50));
      }
      await waitFor(first, phaseIs('afsluiten'));
      for (const [i, device] of devices.entries()) {
        for (const question of [0, 1] as const) {
          expect(await ask(device, 'intent', { type: 'closingAnswer', question, text: `Antwoord ${question + 1}.${i + 1}: ${REASONS[(i + question) % 8]}` })).toEqual({ ok: true });
        }
      }
      await page.waitForFunction(() => document.body.innerText.includes('Antwoord'));
      await page.waitForTimeout(300);
      for (const text of await atEverySize(page, 'closing')) for (let i = 0; i < 8; i++) expect(text).toContain(`Antwoord 2.${i + 1}:`);

      await session.act({ type: 'next' });
      await waitFor(first, phaseIs('ended'));
      await page.waitForSelector('.end');
      await atEverySize(page, 'end');
    } finally {
      await context.close();
      for (const d of devices) await d.leave().catch(() => {});
    }
  }, 300_000);

  it('packs eight 140-character reasons into well-filled pages, each option before its votes, the question on every page', async () => {
    // A fixed seed: the same dilemma (three options, one with a long label) every run.
    const session = await openSession(server.url, { rounds: 3, seed: 5 });
    const devices = await teamDevices(session, NAMES);
    const context = await browserContext(PROJECTOR_SIZES[0]);
    try {
      await session.act({ type: 'start' });
      await session.act({ type: 'next' });
      await session.act({ type: 'next' });
      await waitFor(devices[0]!, (s) => s.phase === 'gedoe' && !!s.dilemma?.card);
      await Promise.all(devices.map((d) => waitFor(d, (s) => Object.keys(JSON.parse(s.privates.get(teamOf(d))?.legal ?? '{}').vote ?? {}).length > 0)));
      const page = await context.newPage();
      await page.goto(`${server.url}/facilitate/${session.code}#key=${session.key}`);
      await page.waitForSelector('.dilemma-head');
      const card = deck.dilemmas.find((d) => d.id === devices[0]!.state.dilemma.card)!;
      const votes = await voteAndLock(devices, LONG_REASONS);
      expect(LONG_REASONS.every((r) => r.length >= 135 && r.length <= 140)).toBe(true);
      await page.waitForSelector('.option.revealed');
      const reveal = await atEverySize(page, 'reveal-long', card.reflection.nl);
      for (const text of reveal) for (const v of votes) expect(text.replace(/\s+/g, ' ')).toContain(v.reason);
      const layouts = [];
      for (const [i, size] of PROJECTOR_SIZES.entries()) {
        await page.setViewportSize(size);
        await page.waitForTimeout(500);
        layouts.push(await pageLayout(page, reveal.pages[i]!));
      }
      // With the console folded away (the facilitator's "Verbergen") the stage is taller and packed again.
      await page.click('.console > button.link');
      await page.waitForSelector('.console-toggle');
      await page.waitForTimeout(500);
      const folded = await page.evaluate(() => Number(document.querySelector('.page-mark')?.textContent?.match(/\d+\D+(\d+)/)?.[1] ?? 1));
      layouts.push(await pageLayout(page, folded));
      expect(await clippedPanels(page, KEY_PANELS)).toEqual([]);
      await screenshot(page, 'projector-reveal-long-folded-1920x1080-last-page');
      const seen = JSON.stringify(layouts.map((l, i) => ({ size: PROJECTOR_SIZES[i]?.name ?? 'folded 1920x1080', fills: l.map((p) => Math.round(p.fill * 100) / 100) })));
      console.log('reveal pages with eight long reasons:', seen);
      for (const layout of layouts) {
        // Every page at least about half full (the pages are evenly filled, not full, full and nearly empty), and
        // no more pages than one vote per column takes: a 140-character reason with a card takes over half a column
        // at 1/25 of the screen height, so two rarely share one (packed in order: 6 pages at 1280×720, the last 30% full).
        for (const p of layout) expect(p.fill, seen).toBeGreaterThanOrEqual(0.45);
        expect(layout.length, seen).toBeLessThanOrEqual(5);
        // The options in order, each heading before the votes for it.
        const letters = layout.flatMap((p) => p.letters);
        expect(letters.map((l) => l.letter)).toEqual([...letters.map((l) => l.letter)].sort());
        for (const [j, l] of letters.entries()) if (l.vote) expect(letters.slice(0, j).some((h) => !h.vote && h.letter === l.letter)).toBe(true);
        expect(letters.filter((l) => l.vote)).toHaveLength(8);
      }
    } finally {
      await context.close();
      for (const d of devices) await d.leave().catch(() => {});
      session.facilitator.leave();
    }
  }, 120_000);

  it('shows three teams\' locked votes with their reasons and principle cards in the reveal and in the debrief', async () => {
    const names = ['Team Zon', 'Team Blad', 'Team Huis'];
    // A session whose first dilemma lets the three teams argue for three different options with their cards
    // (it depends on the cards dealt; a few sessions are enough).
    let session: Session | null = null;
    let devices: GameRoomClient[] = [];
    let plan: PlannedVote[] | null = null;
    for (let attempt = 0; attempt < 25 && !plan; attempt++) {
      for (const d of devices) await d.leave().catch(() => {});
      session = await openSession(server.url, { rounds: 3 });
      devices = await teamDevices(session, names);
      await session.act({ type: 'start' });
      await session.act({ type: 'next' });
      await session.act({ type: 'next' });
      await waitFor(devices[0]!, (s) => s.phase === 'gedoe' && !!s.dilemma?.card);
      await Promise.all(devices.map((d) => waitFor(d, (s) => Object.keys(JSON.parse(s.privates.get(teamOf(d))?.legal ?? '{}').vote ?? {}).length > 0)));
      plan = threeDifferentVotes(devices);
    }
    expect(plan).not.toBeNull();
    const context = await browserContext(PROJECTOR_SIZES[0]);
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/facilitate/${session!.code}#key=${session!.key}`);
      await page.waitForSelector('.dilemma-head');
      const card = deck.dilemmas.find((d) => d.id === devices[0]!.state.dilemma.card)!;
      const votes = await voteAndLock(devices, REASONS.slice(0, 3), plan!);
      expect(new Set(votes.map((v) => v.option)).size).toBe(3);
      expect(votes.every((v) => v.principle !== null)).toBe(true);
      // The reveal is shown (its first page may hold the dilemma and an option before the votes on the next).
      await page.waitForSelector('.option.revealed');
      const { text } = await checkPages(page, 'reveal-three', PROJECTOR_SIZES[0], card.reflection.nl);
      const flat = text.replace(/\s+/g, ' ');
      for (const [i, v] of votes.entries()) {
        expect(flat).toContain(names[i]);
        expect(flat).toContain(v.reason);
        expect(flat).toContain(card.options.find((o) => o.id === v.option)!.label.nl);
        if (v.principle) expect(flat).toContain(deck.principles.find((p) => p.number === v.principle)!.title.nl);
      }

      const debrief = await context.newPage();
      await debrief.setViewportSize({ width: 1280, height: 900 });
      await debrief.goto(`${server.url}/debrief/${session!.code}#key=${session!.key}`);
      await debrief.waitForSelector('.debrief-dilemma');
      const report = (await debrief.locator('.debrief').innerText()).replace(/\s+/g, ' ');
      for (const [i, v] of votes.entries()) {
        expect(report).toContain(names[i]);
        expect(report).toContain(v.reason);
        if (v.principle) expect(report).toContain(deck.principles.find((p) => p.number === v.principle)!.title.nl);
      }
      expect(await seriousA11yViolations(debrief)).toEqual([]);
      await screenshot(debrief, 'debrief-three-votes');
      // In English the cards speak English too, though the session was played in Dutch.
      await debrief.evaluate(() => localStorage.setItem('gk.language', 'en'));
      await debrief.reload();
      await debrief.waitForSelector('.debrief-dilemma');
      await debrief.waitForFunction((title) => document.body.innerText.includes(title), card.title.en);
      const english = (await debrief.locator('.debrief').innerText()).replace(/\s+/g, ' ');
      for (const v of votes) {
        expect(english).toContain(card.options.find((o) => o.id === v.option)!.label.en);
        if (v.principle) expect(english).toContain(deck.principles.find((p) => p.number === v.principle)!.title.en);
      }
    } finally {
      await context.close();
      for (const d of devices) await d.leave().catch(() => {});
    }
  }, 180_000);
});
