// A text typed on a team tablet and not yet sent survives a reload (a dropped Wi-Fi reloads the page too): the
// reason for a vote, the harvest line and a closing answer come back into their fields, typed at a person's pace.
// Once sent or locked, or when it no longer applies (the dilemma is over, the tablet went to another team), the
// draft is gone and a reload shows the team's saved text. A patch from the server never overwrites what is typed.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../server/build-client.ts';
import { launchBrowser, newDevice, screenshot, seriousA11yViolations } from './helpers/browser.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { createTeam, openSession, textOf, until, waitForPhase } from './helpers/teamDevice.ts';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  ensureClientBuilt();
  server = await startServer({}, 25);
  browser = await launchBrowser('chromium');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const REASON = 'Eerst met de buren praten, dan pas beslissen';
const HARVEST = 'Praten kost tijd en levert vertrouwen op.';
const ANSWER = 'Wij vragen voortaan eerst wat de buren nodig hebben.';

const valueOf = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement | HTMLTextAreaElement).value);
/** The drafts this device keeps (local storage keys). */
const storedDrafts = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gk.draft.')));
async function reload(page: Page) {
  await page.reload();
  await page.waitForSelector('.team-view .task');
}
/** Types as a person does: the field gets focus, then letters over a few seconds. */
async function typeSlowly(page: Page, selector: string, text: string, delay = 70) {
  await page.focus(selector);
  await page.type(selector, text, { delay });
}

describe('unsent text on a team tablet', () => {
  it('comes back after a reload, and is gone once sent, locked or no longer for this team', async () => {
    const s = await openSession(server.url, { timers: { ontmoeten: 600, doen: 600, gedoe: 600, vieren: 600 } });
    const a = await newDevice(browser, { width: 1024, height: 768 });
    const b = await newDevice(browser, { width: 768, height: 1024 });
    await createTeam(a, server.url, s.code, 'De Zonnebloemen');
    await createTeam(b, server.url, s.code, 'Buurtkracht');
    const teamId = (name: string) => [...s.facilitator.state.teams.values()].find((t) => t.name === name)!.id as string;
    const zonnebloemen = teamId('De Zonnebloemen');
    await s.act({ type: 'start' });
    await s.act({ type: 'next' });
    await s.act({ type: 'next' });
    await waitForPhase(a, 'Gedoe');
    await waitForPhase(b, 'Gedoe');

    // A reason typed over a few seconds before any option is chosen (so nothing is sent), then the page reloads.
    await typeSlowly(a, '#vote-reason', REASON);
    await reload(a);
    expect(await valueOf(a, '#vote-reason')).toBe(REASON);
    expect(await textOf(a, '.vote-controls')).toContain(`${140 - REASON.length}`);
    await screenshot(a, 'team-draft-restored-1024x768');
    expect(await seriousA11yViolations(a)).toEqual([]);

    // Typing on while the game changes under it (another team renamed): the patch leaves the field alone.
    await typeSlowly(a, '#vote-reason', ' met', 120);
    await s.act({ type: 'renameTeam', team: teamId('Buurtkracht'), name: 'Buurtkracht Oost' });
    await a.waitForFunction(() => document.body.textContent?.includes('Buurtkracht Oost'), { polling: 100 });
    await typeSlowly(a, '#vote-reason', ' z\'n allen', 120);
    const typed = `${REASON} met z'n allen`;
    expect(await valueOf(a, '#vote-reason')).toBe(typed);
    expect(await a.evaluate(() => document.activeElement?.id)).toBe('vote-reason');

    // Choosing an option sends the reason along: saved for the team, the draft is gone, a reload shows the saved text.
    const option = await a.$eval('.vote-options input[type=radio]:not([disabled])', (i) => (i as HTMLInputElement).value);
    await a.click(`.vote-options input[value="${option}"]`);
    await a.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('gk.draft.')), { timeout: 10_000, polling: 100 });
    await reload(a);
    expect(await valueOf(a, '#vote-reason')).toBe(typed);
    expect(await storedDrafts(a)).toEqual([]);

    // Another tablet's draft belongs to its team: moved to this team, it shows this team's reason, not its own draft.
    await typeSlowly(b, '#vote-reason', 'Dit hoort bij Buurtkracht');
    expect(await storedDrafts(b)).toHaveLength(1);
    const deviceB = [...s.facilitator.state.devices.entries()].find(([, d]) => d.role === 'team' && d.team === teamId('Buurtkracht Oost'))![0] as string;
    await s.act({ type: 'moveDevice', device: deviceB, team: zonnebloemen });
    await b.waitForFunction(() => document.querySelector('.team-title')?.textContent?.includes('De Zonnebloemen'), { timeout: 15_000, polling: 100 });
    await b.waitForFunction((r) => (document.querySelector('#vote-reason') as HTMLTextAreaElement | null)?.value === r, { timeout: 10_000, polling: 100 }, typed);
    expect(await storedDrafts(b)).toEqual([]);

    // An addition typed and not yet saved when the page reloads comes back, with the button to save it.
    await typeSlowly(a, '#vote-reason', '!', 30);
    await reload(a);
    expect(await valueOf(a, '#vote-reason')).toBe(`${typed}!`);
    // Locking saves it; after that no draft is kept, and a reload shows the locked reason.
    await a.click('#lock-vote');
    await a.waitForSelector('.big-flag');
    expect(await storedDrafts(a)).toEqual([]);
    await reload(a);
    expect(await valueOf(a, '#vote-reason')).toBe(`${typed}!`);
    expect(await storedDrafts(a)).toEqual([]);

    // Vieren & Leren: a harvest line typed slowly, the page reloads, the line is still there; sent, it is the team's.
    while (s.facilitator.state.phase !== 'vieren') await s.act({ type: 'next' });
    await waitForPhase(a, 'Vieren');
    await typeSlowly(a, '#harvest', HARVEST, 50);
    await reload(a);
    expect(await valueOf(a, '#harvest')).toBe(HARVEST);
    await a.click('.line-form button[type=submit]');
    await a.waitForSelector('.line-form .flag.ok');
    await reload(a);
    expect(await valueOf(a, '#harvest')).toBe(HARVEST);
    expect(await storedDrafts(a)).toEqual([]);
    // A line typed and not sent belongs to this round: in the next round's harvest the field starts empty.
    await typeSlowly(a, '#harvest', 'Nog niet gedeeld', 40);
    const round = s.facilitator.state.round as number;
    while (s.facilitator.state.round === round) await s.act({ type: 'next' });
    while (s.facilitator.state.phase !== 'vieren') await s.act({ type: 'next' });
    // The next round's harvest: the team has shared no line yet.
    await a.waitForFunction(() => document.querySelector('#harvest') && !document.querySelector('.line-form .flag.ok'), { timeout: 15_000, polling: 100 });
    expect(await valueOf(a, '#harvest')).toBe('');
    expect(await storedDrafts(a)).toEqual([]);

    // Afsluiten: an answer typed and reloaded comes back; sent, the reload shows the shared answer and no draft.
    for (let i = 0; i < 40 && s.facilitator.state.phase !== 'afsluiten'; i++) await s.act({ type: 'next' });
    await waitForPhase(a, 'Afsluiten');
    await typeSlowly(a, '#closing-1', ANSWER, 40);
    await reload(a);
    expect(await valueOf(a, '#closing-1')).toBe(ANSWER);
    expect(await valueOf(a, '#closing-0')).toBe('');
    await screenshot(a, 'team-draft-closing-restored-1024x768');
    await a.click('.line-form:nth-of-type(2) button[type=submit]');
    await until(() => (s.facilitator.state.closing as string).includes(ANSWER));
    await reload(a);
    expect(await valueOf(a, '#closing-1')).toBe(ANSWER);
    expect(await storedDrafts(a)).toEqual([]);
    s.facilitator.leave();
  }, 180_000);
});
