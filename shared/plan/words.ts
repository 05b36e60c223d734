// The plan in words: names of its parts, the facilitator's prompts, the standing against the clock, and the
// plan as Markdown (the export and the printable page say the same).
import { t } from '../i18n/index.ts';
import type { Language } from '../vocabulary.ts';
import type { PlanBlock, PlanStep, SessionMode, SessionPlan } from './plan.ts';
import type { PlanStanding } from './standing.ts';

export type Moment = PlanStanding['moment'];

export const blockName = (lang: Language, block: PlanBlock) => t(lang, `plan.block.${block.kind}`, { round: block.round ?? 0 });
export const stepName = (lang: Language, step: PlanStep) => t(lang, `plan.phase.${step.phase}`);

/** The facilitator's prompt for a moment; dilemma-only sessions have their own words where they differ. */
export function promptFor(lang: Language, mode: SessionMode, moment: Moment): string {
  const own = `plan.prompt.${mode}.${moment}`;
  const text = t(lang, own);
  return text === own ? t(lang, `plan.prompt.${moment}`) : text;
}

/** "6 min achter", "Op schema", "2 min voor". Within a minute counts as on schedule. */
export function standingText(lang: Language, lateMinutes: number | null): string {
  if (lateMinutes === null) return t(lang, 'plan.notStarted');
  if (lateMinutes >= 1) return t(lang, 'plan.behind', { n: lateMinutes });
  if (lateMinutes <= -1) return t(lang, 'plan.ahead', { n: -lateMinutes });
  return t(lang, 'plan.onTime');
}

const clock = (lang: Language, start: number, minutes: number) => t(lang, 'plan.clock', { from: start, to: start + minutes });
const minutes = (seconds: number | null) => (seconds === null ? '—' : `${Math.round(seconds / 60)} min`);

/** One line per block of the plan: time, name, and for a round its phases with their minutes. */
export function planRows(lang: Language, plan: SessionPlan): { time: string; name: string; detail: string }[] {
  return plan.blocks.map((block) => ({
    time: clock(lang, block.start, block.minutes),
    name: blockName(lang, block),
    detail: (block.steps ?? []).map((step) => `${stepName(lang, step)} ${step.minutes}`).join(' · '),
  }));
}

/** Each moment of the plan once, in the order they come, with its prompt. */
export function planPrompts(lang: Language, plan: SessionPlan): { name: string; prompt: string }[] {
  const seen = new Set<string>();
  const out: { name: string; prompt: string }[] = [];
  for (const block of plan.blocks) {
    const moments = block.steps ? block.steps.map((step) => ({ moment: step.phase as Moment, name: stepName(lang, step) })) : [{ moment: block.kind as Moment, name: blockName(lang, block) }];
    for (const { moment, name } of moments) {
      if (seen.has(moment)) continue;
      seen.add(moment);
      out.push({ name, prompt: promptFor(lang, plan.mode, moment) });
    }
  }
  return out;
}

export function planSummary(lang: Language, plan: SessionPlan): string {
  const timers = plan.mode === 'dilemmas'
    ? t(lang, 'plan.timersDilemmas', { gedoe: minutes(plan.timers.gedoe) })
    : t(lang, 'plan.timers', { doen: minutes(plan.timers.doen), gedoe: minutes(plan.timers.gedoe) });
  return `${t(lang, `plan.mode.${plan.mode}`)}. ${t(lang, 'plan.summary', { length: plan.length, rounds: plan.rounds })}. ${timers}`;
}

const mdCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The plan as a Markdown section (for the export): the timetable, then what to say at each moment. */
export function planMarkdown(lang: Language, plan: SessionPlan): string {
  const lines = [`## ${t(lang, 'plan.title')}`, '', planSummary(lang, plan), '', '| min | | |', '|---|---|---|'];
  for (const row of planRows(lang, plan)) lines.push(`| ${row.time} | **${mdCell(row.name)}** | ${mdCell(row.detail)} |`);
  lines.push('', `### ${t(lang, 'plan.prompts')}`, '');
  for (const { name, prompt } of planPrompts(lang, plan)) lines.push(`- **${mdCell(name)}**: ${mdCell(prompt)}`);
  return lines.join('\n') + '\n';
}
