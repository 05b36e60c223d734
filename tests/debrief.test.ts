// The debrief data and its exports: co-funders beside the trekker, the plan in the Markdown.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../shared/debrief/build.ts';
import { debriefCsv, debriefMarkdown } from '../shared/debrief/formats.ts';
import { winTarget } from '../shared/engine/index.ts';
import { sessionPlan } from '../shared/plan/plan.ts';
import { claimFor, inDoen, must, setTokens } from './helpers/game.ts';
import { deck } from './helpers/deck.ts';

function gameWithSharedSwing() {
  const state = inDoen(3);
  claimFor(state, 't1', 'schommel', 'speelweide'); // cost handen 2, energie 1
  setTokens(state, 't1', { energie: 1 });
  setTokens(state, 't2', { handen: 2 });
  must(state, { type: 'fund', team: 't1', initiative: 'schommel', tokens: { energie: 1 } });
  must(state, { type: 'fund', team: 't2', initiative: 'schommel', tokens: { handen: 2 } });
  return state;
}

describe('the debrief', () => {
  it('credits the trekker and every co-funder of a realised initiative, with what each gave', () => {
    const state = gameWithSharedSwing();
    const d = buildDebrief(deck, state, 'ABCDEF', winTarget(state), []);
    const swing = d.initiatives.find((i) => i.initiative === 'schommel')!;
    expect(swing.realised).toBe(true);
    expect(swing.trekker).toBe('t1');
    expect(swing.cofunders).toEqual([{ team: 't2', tokens: 2 }]);
    expect(d.timeline[0]!.realised[0]!.cofunders).toEqual([{ team: 't2', tokens: 2 }]);

    const md = debriefMarkdown(d);
    expect(md).toContain('# Nabespreking: Het Dorp');
    expect(md).toContain('Een schommel voor de kinderen (trekker Team 1; meefinanciers Team 2 2');
    const csv = debriefCsv(d).split('\n');
    const cofunded = csv[0]!.split(',').indexOf('initiatives_cofunded');
    expect(cofunded).toBeGreaterThan(0);
    expect(csv.find((row) => row.includes(',Team 2,'))!.split(',')[cofunded]).toBe('Een schommel voor de kinderen (2)');
  });

  it('prints the session plan in the Markdown export when the session has one', () => {
    const state = gameWithSharedSwing();
    const d = buildDebrief(deck, state, 'ABCDEF', winTarget(state), [], { plan: sessionPlan('full', 90) });
    const md = debriefMarkdown(d);
    expect(md).toContain('## Draaiboek');
    expect(md).toContain('90 minuten, 4 rondes');
    expect(debriefMarkdown(buildDebrief(deck, state, 'ABCDEF', winTarget(state), []))).not.toContain('## Draaiboek');
  });
});
