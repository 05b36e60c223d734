// The debrief data and its exports: co-funders beside the trekker, the plan in the Markdown.
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../shared/debrief/build.ts';
import { debriefCsv, debriefMarkdown } from '../shared/debrief/formats.ts';
import { winTarget } from '../shared/engine/index.ts';
import { sessionPlan } from '../shared/plan/plan.ts';
import { claimFor, giveCard, inDoen, must, openGedoe, setTokens } from './helpers/game.ts';
import { deck, fixtureDeck } from './helpers/deck.ts';

function gameWithSharedSwing() {
  const state = inDoen(3);
  claimFor(state, 't1', 'schommel', 'speelweide'); // cost handen 2, geld 1
  setTokens(state, 't1', { geld: 1 });
  setTokens(state, 't2', { handen: 2 });
  must(state, { type: 'fund', team: 't1', initiative: 'schommel', tokens: { geld: 1 } });
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

/** Three teams vote on 'ruzie' with reasons (one argues principle 8), write harvest lines, then answer the closing questions. */
function playedConversation() {
  const state = inDoen(3, 'het-dorp', fixtureDeck);
  giveCard(state, 't2', 8);
  setTokens(state, 't2', { handen: 2 });
  openGedoe(state, 'ruzie');
  const vote = (team: string, option: string, reason: string, principle?: number) => {
    must(state, { type: 'vote', team, option, reason, ...(principle ? { principle } : {}) });
    must(state, { type: 'lockVote', team });
  };
  vote('t1', 'doorgaan', 'We hebben haast');
  vote('t2', 'praten', 'Eerst luisteren', 8);
  vote('t3', 'afwachten', 'Het waait wel over');
  must(state, { type: 'next' });
  must(state, { type: 'harvest', team: 't1', text: 'Praten kost tijd maar loont' });
  must(state, { type: 'harvest', team: 't3', text: 'Wij herkenden principe 8' });
  must(state, { type: 'dialogueBonus', team: 't2' });
  while (state.phase !== 'afsluiten') must(state, { type: 'next' });
  must(state, { type: 'closingAnswer', team: 't1', question: 0, text: 'Principe 2 zie ik terug in ons dorpshuis' });
  must(state, { type: 'closingAnswer', team: 't2', question: 1, text: 'Maandag bel ik de buurvrouw' });
  return state;
}

describe('the debrief about the conversation', () => {
  const state = playedConversation();
  const d = buildDebrief(fixtureDeck, state, 'ABCDEF', winTarget(state), []);

  it('holds every team\'s vote with its reason and principle, the harvest, the closing answers and questions', () => {
    expect(d.timeline[0]!.choices.map((c) => [c.team, c.label, c.reason, c.principle])).toEqual([
      ['t1', 'Gewoon doorgaan', 'We hebben haast', null], ['t2', 'Samen in gesprek', 'Eerst luisteren', 8], ['t3', 'Afwachten', 'Het waait wel over', null],
    ]);
    expect(d.timeline[0]!.harvest).toEqual([{ team: 't1', text: 'Praten kost tijd maar loont' }, { team: 't3', text: 'Wij herkenden principe 8' }]);
    expect(d.principlesArgued['8']).toMatchObject({ count: 1, byTeam: { t2: 1 }, reasons: [{ team: 't2', round: 1, option: 'Samen in gesprek', reason: 'Eerst luisteren' }] });
    // Spent with the vote, so not counted again as played in Doen.
    expect(d.principlesPlayed['8']).toBeUndefined();
    expect(d.closing.questions[1]).toBe('Wat doe je maandag anders?');
    expect(d.closing.answers).toHaveLength(2);
    expect(d.timeline[0]!.dialogueBonus).toBe('t2');
    // The questions start from this game: the divided vote, the argued principle; they end with Monday.
    expect(d.questions[0]).toContain('Ruzie in de werkgroep');
    expect(d.questions.some((q) => q.includes('Principe 8'))).toBe(true);
    expect(d.questions.at(-1)).toBe('Wat doe je maandag anders?');
  });

  it('puts all of it in the Markdown and the CSV', () => {
    const md = debriefMarkdown(d);
    for (const text of ['We hebben haast', 'Eerst luisteren', 'Het waait wel over', 'Praten kost tijd maar loont', 'Wij herkenden principe 8',
      'Principe 2 zie ik terug in ons dorpshuis', 'Maandag bel ik de buurvrouw', '## Slotreflectie', '## Vragen voor de nabespreking', '| 8. ']) {
      expect(md, text).toContain(text);
    }
    const csv = debriefCsv(d);
    const header = csv.split('\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['reason', 'vote_principle', 'advice', 'harvest', 'closing_answer_1', 'closing_answer_2']));
    for (const text of ['Eerst luisteren', 'Wij herkenden principe 8', 'Maandag bel ik de buurvrouw']) expect(csv).toContain(text);
  });
});
