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

/** One line per part of the plan: time, name, and the prompt for it. */
export function planRows(lang: Language, plan: SessionPlan): { time: string; name: string; prompt: string; indent: boolean }[] {
  const rows: { time: string; name: string; prompt: string; indent: boolean }[] = [];
  for (const block of plan.blocks) {
    const prompt = block.kind === 'round' ? '' : promptFor(lang, plan.mode, block.kind);
    rows.push({ time: clock(lang, block.start, block.minutes), name: blockName(lang, block), prompt, indent: false });
    for (const step of block.steps ?? []) {
      rows.push({ time: clock(lang, step.start, step.minutes), name: stepName(lang, step), prompt: promptFor(lang, plan.mode, step.phase), indent: true });
    }
  }
  return rows;
}

export function planSummary(lang: Language, plan: SessionPlan): string {
  const timers = plan.mode === 'dilemmas'
    ? t(lang, 'plan.timersDilemmas', { gedoe: minutes(plan.timers.gedoe) })
    : t(lang, 'plan.timers', { doen: minutes(plan.timers.doen), gedoe: minutes(plan.timers.gedoe) });
  return `${t(lang, `plan.mode.${plan.mode}`)}. ${t(lang, 'plan.summary', { length: plan.length, rounds: plan.rounds })}. ${timers}`;
}

const mdCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The plan as a Markdown section (for the export). */
export function planMarkdown(lang: Language, plan: SessionPlan): string {
  const lines = [`## ${t(lang, 'plan.title')}`, '', planSummary(lang, plan), '', `| min | | ${t(lang, 'plan.prompt')} |`, '|---|---|---|'];
  for (const row of planRows(lang, plan)) {
    lines.push(`| ${row.time} | ${row.indent ? '· ' : '**'}${mdCell(row.name)}${row.indent ? '' : '**'} | ${mdCell(row.prompt)} |`);
  }
  return lines.join('\n') + '\n';
}
