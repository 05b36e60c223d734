// Nothing is rebuilt under a person's finger: a trade form filled slowly over five seconds, while the phase timer
// ticks every second and other teams act, keeps every value, and the form is the same element throughout.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../server/build-client.ts';
import { launchBrowser, newDevice, screenshot, seriousA11yViolations } from './helpers/browser.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { chooseTeam, createTeam, openSession, textOf, until, waitForPhase } from './helpers/teamDevice.ts';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  ensureClientBuilt();
  server = await startServer({}, 21);
  browser = await launchBrowser('chromium');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the team view while the clock runs', () => {
  it('keeps a trade form filled slowly over 5 s while the phase timer ticks', async () => {
    const s = await openSession(server.url, { timers: { ontmoeten: 600, doen: 600, gedoe: 600, vieren: 600 } });
    const page = await newDevice(browser, { width: 768, height: 1024 });
    await createTeam(page, server.url, s.code, 'De Zonnebloemen');
    await s.act({ type: 'addTeam', name: 'Buurtkracht', colour: '#56B4E9', icon: 'leaf', bot: null });
    await s.act({ type: 'addTeam', name: 'De Wijkploeg', colour: '#009E73', icon: 'home', bot: null });
    await s.act({ type: 'start' });
    await s.act({ type: 'next' });
    await waitForPhase(page, 'Doen');
    await page.waitForSelector('.trade-form');
    // Mark the form: a rebuilt form would be a new element without the mark.
    await page.$eval('.trade-form', (form) => { (form as HTMLElement & { mark?: number }).mark = 42; });

    const clockBefore = await textOf(page, '.countdown');
    const pause = () => new Promise((r) => setTimeout(r, 1200));
    // As a finger does: the field gets focus, then a value.
    const choose = async (selector: string, value: string) => {
      await page.focus(selector);
      await page.select(selector, value);
    };
    const buurtkracht = await page.$eval('#trade-to', (el) => [...(el as HTMLSelectElement).options].find((o) => o.text === 'Buurtkracht')!.value);
    const wijkploeg = await page.$eval('#trade-to', (el) => [...(el as HTMLSelectElement).options].find((o) => o.text === 'De Wijkploeg')!.value);
    await choose('#trade-to', wijkploeg);
    await pause();
    await choose('#trade-give-n', '2');
    await pause();
    // Another team changes the game meanwhile (a patch that is not a timer tick).
    await s.act({ type: 'renameTeam', team: buurtkracht, name: 'Buurtkracht Oost' });
    await choose('#trade-give', 'handen');
    await pause();
    await choose('#trade-want-n', '2');
    await pause();
    await choose('#trade-want', 'netwerk');
    await pause();

    const values = await page.$eval('.trade-form', (form) => ({
      marked: (form as HTMLElement & { mark?: number }).mark === 42,
      to: (form.querySelector('#trade-to') as HTMLSelectElement).value,
      giveN: (form.querySelector('#trade-give-n') as HTMLSelectElement).value,
      give: (form.querySelector('#trade-give') as HTMLSelectElement).value,
      wantN: (form.querySelector('#trade-want-n') as HTMLSelectElement).value,
      want: (form.querySelector('#trade-want') as HTMLSelectElement).value,
      focused: document.activeElement?.id,
    }));
    expect(values).toEqual({ marked: true, to: wijkploeg, giveN: '2', give: 'handen', wantN: '2', want: 'netwerk', focused: 'trade-want' });
    // The clock really ran meanwhile, and the renamed team shows in the list without resetting the choice.
    expect(await textOf(page, '.countdown')).not.toBe(clockBefore);
    expect(await page.$eval('#trade-to', (el) => [...(el as HTMLSelectElement).options].map((o) => o.text))).toContain('Buurtkracht Oost');
    await screenshot(page, 'team-trade-form-filled-768x1024');

    // What was chosen is what is offered.
    await page.click('.trade-form button[type=submit]');
    await until(() => s.facilitator.state.trades.length === 1);
    const offer = s.facilitator.state.trades[0];
    expect({ to: offer.to, give: offer.give.handen, want: offer.want.netwerk }).toEqual({ to: wijkploeg, give: 2, want: 2 });
    s.facilitator.leave();
  }, 90_000);
});

describe('a tablet moved to another team', () => {
  it('shows the new team on a tablet the facilitator moves to another team', async () => {
    const s = await openSession(server.url);
    const page = await newDevice(browser, { width: 1024, height: 768 });
    await createTeam(page, server.url, s.code, 'De Zonnebloemen');
    await s.act({ type: 'addTeam', name: 'Buurtkracht', colour: '#56B4E9', icon: 'leaf', bot: null });
    await s.act({ type: 'start' });
    await page.waitForFunction(() => document.querySelector('.team-title')?.textContent?.includes('De Zonnebloemen'));
    const device = [...s.facilitator.state.devices.entries()].find(([, d]) => d.role === 'team')![0] as string;
    const to = [...s.facilitator.state.teams.values()].find((t) => t.name === 'Buurtkracht')!.id as string;
    expect(await s.facilitator.state.devices.get(device).team).not.toBe(to);
    await s.act({ type: 'moveDevice', device, team: to });
    await page.waitForFunction(() => document.querySelector('.team-title')?.textContent?.includes('Buurtkracht'), { timeout: 15_000 });
    expect(await textOf(page, '.team-title')).not.toContain('De Zonnebloemen');
    s.facilitator.leave();
  }, 60_000);
});

describe('device names on the console', () => {
  it('names each tablet once for the session, with its team, the same on the tablet; reloads rename nothing', async () => {
    const s = await openSession(server.url);
    const [one, two, three] = await Promise.all([0, 1, 2].map(() => newDevice(browser, { width: 1024, height: 768 })));
    await createTeam(one!, server.url, s.code, 'De Zonnebloemen');
    await createTeam(two!, server.url, s.code, 'Buurtkracht');
    await chooseTeam(three!, server.url, s.code, 'De Zonnebloemen');
    const console = await newDevice(browser, { width: 1280, height: 720 });
    await console.goto(`${server.url}/facilitate/${s.code}#key=${s.key}`);
    await console.waitForSelector('#console-more');
    await console.click('#console-more summary');
    /** What the console lists for each device: its name and team (the options of its team choice follow). */
    const listed = async () => {
      await console.waitForFunction(() => document.querySelectorAll('.console-devices li').length === 3, { polling: 100 });
      return console.$$eval('.console-devices li', (items) => items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
    };
    const expected = ['Tablet 1 · De Zonnebloemen', 'Tablet 2 · Buurtkracht', 'Tablet 3 · De Zonnebloemen'];
    const startsAsExpected = (items: string[]) => items.map((text, i) => text.startsWith(`${expected[i]} `));
    expect(startsAsExpected(await listed())).toEqual([true, true, true]);
    const ownName = (page: typeof one) => textOf(page!, '.device-name');
    expect(await ownName(one)).toContain('Tablet 1');
    expect(await ownName(three)).toContain('Tablet 3');
    await screenshot(console, 'console-devices-1280x720');
    await screenshot(three!, 'team-device-name-lobby-1024x768');
    expect(await seriousA11yViolations(console)).toEqual([]);

    // The first and the second tablet reload (a new connection each), the console too: every name stays.
    for (const page of [one!, two!]) {
      await page.reload();
      await page.waitForSelector('.team-view .device-name');
    }
    await console.reload();
    await console.waitForSelector('#console-more');
    await console.click('#console-more summary');
    const after = await listed();
    expect(startsAsExpected(after)).toEqual([true, true, true]);
    expect(after.join(' ')).not.toContain('Tablet 4');
    expect(await ownName(one)).toContain('Tablet 1');
    expect(await ownName(two)).toContain('Tablet 2');

    // Tablet 3 goes to Buurtkracht: found by its name, it keeps the name in its new team.
    const select = await console.$$('.console-devices li select');
    const buurtkracht = [...s.facilitator.state.teams.values()].find((t) => t.name === 'Buurtkracht')!.id as string;
    expect(await select[2]!.evaluate((el) => el.getAttribute('aria-label'))).toContain('Tablet 3');
    await select[2]!.select(buurtkracht);
    await three!.waitForFunction(() => document.querySelector('.team-title')?.textContent?.includes('Buurtkracht'), { timeout: 15_000, polling: 100 });
    await three!.waitForSelector('.device-name');
    expect(await ownName(three)).toContain('Tablet 3');
    await console.waitForFunction(() => document.querySelectorAll('.console-devices li')[2]?.textContent?.includes('Tablet 3 · Buurtkracht'), { timeout: 10_000, polling: 100 });
    s.facilitator.leave();
  }, 90_000);
});
