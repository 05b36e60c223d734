// The main flow of a team, in Chromium and in Firefox ESR, at a person's pace: join on a tablet, a second tablet
// and a phone, a vote the team agrees on (choose, change from the other device, a reason typed over seconds, a
// principle card, lock), the reveal with every team's vote, a reload mid-vote that comes back to the same team and
// vote, the harvest line, a closing answer and the debrief link. axe-core runs in every phase.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../server/build-client.ts';
import { MESSAGES } from '../shared/i18n/index.ts';
import { createGame, legalActions, step } from '../shared/engine/index.ts';
import { ENGINES, launchBrowser, newDevice, screenshot, seriousA11yViolations, type Engine } from './helpers/browser.ts';
import { deck } from './helpers/deck.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { chooseTeam, createTeam, openSession, textOf, until, waitForPhase } from './helpers/teamDevice.ts';

/** The phase names a Dutch tablet shows. */
const PHASES = MESSAGES.nl.phases;
let server: TestServer;
beforeAll(async () => {
  ensureClientBuilt();
  server = await startServer({}, 23);
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

/** A seed whose first dilemma lets the first team back an option with one of its principle cards. */
function seedWithCardForVote(): number {
  for (let seed = 1; seed < 3000; seed++) {
    const g = createGame(deck, { scenario: 'het-dorp', rounds: 3, language: 'nl' }, seed);
    if (!g.ok) continue;
    step(g.value, { type: 'addTeam', name: 'A', colour: '#E69F00', icon: 'sun', bot: null });
    step(g.value, { type: 'addTeam', name: 'B', colour: '#56B4E9', icon: 'leaf', bot: null });
    for (const action of [{ type: 'start' }, { type: 'next' }, { type: 'next' }] as const) step(g.value, action);
    if (g.value.phase === 'gedoe' && legalActions(g.value, 't1').some((a) => a.type === 'vote' && a.principle)) return seed;
  }
  throw new Error('no seed found');
}

const REASON = 'Samen de taken verdelen houdt het vol';

describe.each(ENGINES)('a team plays in %s', (engine: Engine) => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('joins, agrees on a vote across devices, locks it, sees the reveal, survives a reload and reaches the debrief', async () => {
    browser = await launchBrowser(engine);
    const seed = seedWithCardForVote();
    const s = await openSession(server.url, { seed, selfRun: true });
    const a1 = await newDevice(browser, { width: 1024, height: 768 });
    const a2 = await newDevice(browser, { width: 390, height: 844 });
    const b = await newDevice(browser, { width: 768, height: 1024 });
    const violations: string[] = [];
    const axe = async (page: Page, where: string) => {
      for (const v of await seriousA11yViolations(page)) violations.push(`${where}: ${v.impact} ${v.id} (${v.help}) ${v.targets.join(' | ')}`);
    };

    await a1.goto(`${server.url}/join/${s.code}`);
    await a1.waitForSelector('#team-name');
    await axe(a1, 'team picker');
    await createTeam(a1, server.url, s.code, 'De Zonnebloemen');
    // This tablet made the self-run session: it holds the key, as the start page leaves it.
    await a1.evaluate((code, key) => localStorage.setItem(`gk.key.${code}`, key), s.code, s.key);
    await chooseTeam(a2, server.url, s.code, 'De Zonnebloemen');
    await createTeam(b, server.url, s.code, 'Buurtkracht');
    await axe(a1, 'lobby');

    await s.act({ type: 'start' });
    await waitForPhase(a1, 'Ontmoeten');
    await axe(a1, 'ontmoeten');
    await s.act({ type: 'next' });
    await waitForPhase(a1, 'Doen');
    await axe(a1, 'doen');
    await s.act({ type: 'next' });
    for (const page of [a1, a2, b]) await waitForPhase(page, 'Gedoe');
    // The task came into view and has the focus.
    expect(await a1.evaluate(() => document.activeElement?.id)).toBe('task-title');
    await axe(a1, 'gedoe');

    // The options this team can choose (one that costs more than the team holds stays disabled).
    const options = await a1.$$eval('.vote-options input[type=radio]:not([disabled])', (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(options.length).toBeGreaterThanOrEqual(2);
    const checked = (page: Page, option: string) => page.waitForFunction((o) => (document.querySelector(`.vote-options input[value="${o}"]`) as HTMLInputElement | null)?.checked, { timeout: 10_000, polling: 100 }, option);
    // One tablet chooses; the team's other device sees it; the phone changes it (a double tap changes nothing more).
    await a1.click(`.vote-options input[value="${options[0]}"]`);
    await checked(a2, options[0]!);
    await a2.click(`.vote-options input[value="${options[1]}"]`);
    await a2.click(`.vote-options input[value="${options[1]}"]`);
    await checked(a1, options[1]!);
    expect(await textOf(a1, '.vote-status')).toContain('andere tablet');

    // A reason typed over a few seconds while the clock runs, then a principle card that fits the option.
    await a1.focus('#vote-reason');
    await a1.type('#vote-reason', REASON, { delay: 50 });
    expect(await a1.$eval('#vote-reason', (el) => (el as HTMLTextAreaElement).value)).toBe(REASON);
    await a1.focus('#vote-principle');
    await a2.waitForFunction((r) => (document.querySelector('#vote-reason') as HTMLTextAreaElement | null)?.value === r, { timeout: 10_000, polling: 100 }, REASON);
    let cards = await a1.$$eval('#vote-principle option', (o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    if (cards.length === 0) {
      // This option takes no card: choose the one that does.
      const withCard = options.find((o) => o !== options[1]);
      await a1.click(`.vote-options input[value="${withCard}"]`);
      await checked(a2, withCard!);
      cards = await a1.$$eval('#vote-principle option', (o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    }
    expect(cards.length).toBeGreaterThan(0);
    await a1.select('#vote-principle', cards[0]!);
    await a2.waitForFunction((c) => (document.querySelector('#vote-principle') as HTMLSelectElement | null)?.value === c, { timeout: 10_000, polling: 100 }, cards[0]);
    const choice = await a1.$eval('.vote-options input:checked', (el) => (el as HTMLInputElement).value);
    await screenshot(a1, `team-flow-${engine}-vote-1024x768`);

    // The phone reloads mid-vote: back in the same team, with the team's vote, reason and card.
    await a2.reload();
    await a2.waitForSelector('.team-view .task');
    expect(await textOf(a2, '.team-header')).toContain('De Zonnebloemen');
    await checked(a2, choice);
    expect(await a2.$eval('#vote-reason', (el) => (el as HTMLTextAreaElement).value)).toBe(REASON);
    expect(await a2.$eval('#vote-principle', (el) => (el as HTMLSelectElement).value)).toBe(cards[0]);

    // Locked from the tablet: final, on every device of the team.
    await a1.click('#lock-vote');
    await a2.waitForSelector('.big-flag');
    expect(await a2.$eval(`.vote-options input[value="${choice}"]`, (el) => (el as HTMLInputElement).disabled)).toBe(true);
    await screenshot(a2, `team-flow-${engine}-locked-390x844`);
    // The other team votes and locks: every vote is in, the votes are revealed.
    await b.click(`.vote-options input[value="${options[0]}"]`);
    await b.waitForFunction(() => !(document.querySelector('#lock-vote') as HTMLButtonElement | null)?.disabled, { polling: 100 });
    await b.click('#lock-vote');
    for (const page of [a1, a2, b]) await page.waitForSelector('.reveal-list', { timeout: 15_000 });
    const reveal = await textOf(b, '.reveal-list');
    expect(reveal).toContain('De Zonnebloemen');
    expect(reveal).toContain(REASON);
    expect(reveal).toContain(deck.principles.find((p) => p.number === Number(cards[0]))!.title.nl);
    expect(await textOf(b, '.reveal-summary')).toMatch(/[+−]\d/);
    await axe(a1, 'reveal');
    await screenshot(b, `team-flow-${engine}-reveal-768x1024`);

    // Vieren & Leren: one line for the harvest.
    while (s.facilitator.state.phase !== 'vieren') await s.act({ type: 'next' });
    await waitForPhase(a1, 'Vieren');
    await a1.type('#harvest', 'Praten kost tijd en levert vertrouwen op.', { delay: 30 });
    await a1.click('.line-form button[type=submit]');
    await a2.waitForFunction(() => document.querySelector('.line-form .flag.ok')?.textContent?.includes('Praten kost tijd'), { timeout: 10_000, polling: 100 });
    await axe(a1, 'vieren');

    // On to the closing reflection (the rounds pass with the facilitator's next).
    for (let i = 0; i < 40 && s.facilitator.state.phase !== 'afsluiten'; i++) await s.act({ type: 'next' });
    await waitForPhase(a1, 'Afsluiten');
    await a1.type('#closing-0', 'Dialoog: wij praten nu eerst met de buren.', { delay: 20 });
    await a1.click('.line-form:first-of-type button[type=submit]');
    await until(() => (s.facilitator.state.closing as string).includes('Dialoog: wij praten'));
    await axe(a1, 'afsluiten');
    await screenshot(a1, `team-flow-${engine}-closing-1024x768`);

    await s.act({ type: 'next' });
    await waitForPhase(a1, PHASES.ended);
    await axe(a1, 'ended');
    await a1.waitForSelector(`a[href^="/debrief/${s.code}"]`);
    await Promise.all([a1.waitForNavigation(), a1.click(`a[href^="/debrief/${s.code}"]`)]);
    expect(a1.url()).toContain(`/debrief/${s.code}`);
    await a1.waitForSelector('.debrief', { timeout: 15_000 });

    expect(violations).toEqual([]);
    s.facilitator.leave();
  }, 240_000);
});
