// The debrief as CSV (one row per team per round) and as a readable Markdown report in the session's language.
import { t } from '../i18n/index.ts';
import { planMarkdown } from '../plan/words.ts';
import type { Debrief, Funder } from './build.ts';

const csvCell = (value: string | number | boolean | null) => {
  const text = value === null ? '' : String(value);
  // Quote everything that could break a row; neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function debriefCsv(d: Debrief): string {
  const header = [
    'round', 'team_id', 'team', 'dilemma', 'choice', 'reason', 'vote_principle', 'advice', 'defaulted', 'harvest',
    'principles_played', 'initiatives_realised', 'initiatives_cofunded', 'team_cp_this_round', 'neighbourhood_cp', 'vertrouwen',
    'closing_answer_1', 'closing_answer_2',
  ];
  const rows = [header.join(',')];
  const last = d.timeline.at(-1)?.round;
  const answer = (team: string, question: 0 | 1) => d.closing.answers.find((a) => a.team === team && a.question === question)?.text ?? '';
  for (const r of d.timeline) {
    for (const team of d.teams) {
      const choice = r.choices.find((c) => c.team === team.id);
      const realised = r.realised.filter((x) => x.trekker === team.id);
      const cofunded = r.realised.flatMap((x) => x.cofunders.filter((f) => f.team === team.id).map((f) => `${x.title} (${f.tokens})`));
      // The closing answers are the team's, not a round's: they go with its row of the last round.
      const closing = r.round === last ? [answer(team.id, 0), answer(team.id, 1)] : ['', ''];
      rows.push([
        r.round, team.id, team.name, r.dilemma?.title ?? '', choice?.label ?? '', choice?.reason ?? '', choice?.principle ?? '',
        choice ? choice.advice : '', choice ? choice.defaulted : '', r.harvest.find((h) => h.team === team.id)?.text ?? '',
        r.principles.filter((p) => p.team === team.id).map((p) => p.principle).join(' '),
        realised.map((x) => x.title).join('; '), cofunded.join('; '), realised.reduce((s, x) => s + x.cp, 0), r.cpEnd, r.vertrouwenEnd,
        ...closing,
      ].map((v) => csvCell(v as string | number | boolean | null)).join(','));
    }
  }
  return rows.join('\n') + '\n';
}

/** Text typed by players (team names) goes into Markdown; strip what could turn it into markup or HTML. */
const mdText = (text: string) => text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);

export function debriefMarkdown(d: Debrief): string {
  const L = d.language;
  const name = (id: string) => mdText(d.teams.find((x) => x.id === id)?.name ?? id);
  const funders = (trekker: string, cofunders: Funder[]) => [
    t(L, 'debrief.trekker', { team: name(trekker) }),
    ...(cofunders.length ? [t(L, 'debrief.cofunders', { teams: cofunders.map((f) => `${name(f.team)} ${f.tokens}`).join(', ') })] : []),
  ].join('; ');
  const lines: string[] = [];
  lines.push(`# ${t(L, 'debrief.title')}: ${d.scenario.name}`, '');
  // A dilemma-only session has no board and no score: its debrief is the conversation.
  const board = d.mode !== 'dilemmas';
  if (board) {
    const outcome = d.result ? t(L, d.result.won ? 'debrief.won' : 'debrief.notWon') : t(L, 'debrief.running');
    lines.push(`${outcome} ${t(L, 'debrief.summary', { cp: d.cp, target: d.target, domains: d.domains.length, vertrouwen: d.vertrouwen })}`, '');
    lines.push(`**${t(L, 'debrief.teams')}:** ${d.teams.map((x) => `${mdText(x.name)} (${x.cp} ${t(L, 'debrief.cpShort')})`).join(', ')}`, '');
  } else {
    lines.push(`${t(L, 'debrief.dilemmasOnly')}`, '', `**${t(L, 'debrief.teams')}:** ${d.teams.map((x) => mdText(x.name)).join(', ')}`, '');
  }
  for (const r of d.timeline) {
    lines.push(`## ${t(L, 'debrief.round', { round: r.round })}`, '');
    if (r.dilemma) {
      lines.push(`### ${mdText(r.dilemma.title)} (${r.dilemma.kind})`, '');
      lines.push(`| ${t(L, 'debrief.team')} | ${t(L, 'debrief.choice')} | ${t(L, 'debrief.principle')} | ${t(L, 'debrief.reason')} |`, '|---|---|---|---|');
      for (const c of r.choices) {
        const extra = [c.advice ? t(L, 'debrief.advice') : '', c.defaulted ? t(L, 'debrief.defaulted') : ''].filter(Boolean).join(', ');
        const principle = c.principle ? `${c.principle}. ${mdText(c.principleTitle ?? '')}` : '';
        lines.push(`| ${name(c.team)} | ${mdText(c.label)}${extra ? ` (${extra})` : ''} | ${principle} | ${mdText(c.reason)} |`);
      }
      lines.push('', `> ${t(L, 'debrief.reflection')}: ${mdText(r.dilemma.reflection)}`, '');
    }
    if (r.harvest.length) {
      lines.push(`**${t(L, 'debrief.harvest')}**`, '');
      for (const h of r.harvest) lines.push(`- ${name(h.team)}: ${mdText(h.text)}`);
      lines.push('');
    }
    if (r.principles.length) lines.push(`- ${t(L, 'debrief.principles')}: ${r.principles.map((p) => `${p.principle}. ${p.title} (${name(p.team)})`).join('; ')}`);
    if (r.realised.length) lines.push(`- ${t(L, 'debrief.realised')}: ${r.realised.map((x) => `${x.title} (${funders(x.trekker, x.cofunders)}, +${x.cp})`).join('; ')}`);
    if (r.dialogueBonus) lines.push(`- ${t(L, 'debrief.dialogueBonus')}: ${name(r.dialogueBonus)}`);
    if (board) lines.push(`- ${t(L, 'debrief.cpTrust', { cp: r.cpEnd, vertrouwen: r.vertrouwenEnd })}`);
    lines.push('');
  }
  const principles = [...new Set([...Object.keys(d.principlesArgued), ...Object.keys(d.principlesPlayed)])].sort((a, b) => Number(a) - Number(b));
  if (principles.length) {
    lines.push(`## ${t(L, 'debrief.principlesTitle')}`, '', `| ${t(L, 'debrief.principle')} | ${t(L, 'debrief.argued')} | ${t(L, 'debrief.played')} |`, '|---|---|---|');
    for (const n of principles) {
      const argued = d.principlesArgued[n];
      const reasons = argued?.reasons.map((x) => `${name(x.team)}: ${mdText(x.reason) || '—'}`).join('; ') ?? '';
      lines.push(`| ${n}. ${mdText(argued?.title ?? d.principlesPlayed[n]!.title)} | ${argued ? `${argued.count}× (${reasons})` : '—'} | ${d.principlesPlayed[n]?.count ?? 0}× |`);
    }
    lines.push('');
  }
  const realised = d.initiatives.filter((i) => i.realised);
  if (realised.length) {
    lines.push(`## ${t(L, 'debrief.initiatives')}`, '');
    for (const i of realised) lines.push(`- **${i.title}** (${i.location}): ${funders(i.trekker, i.cofunders)}; +${i.cp} ${t(L, 'debrief.cpShort')}`);
    lines.push('');
  }
  if (d.closing.answers.length) {
    lines.push(`## ${t(L, 'debrief.closing')}`, '');
    d.closing.questions.forEach((question, q) => {
      lines.push(`### ${mdText(question)}`, '');
      for (const a of d.closing.answers.filter((x) => x.question === q)) lines.push(`- ${name(a.team)}: ${mdText(a.text)}`);
      lines.push('');
    });
  }
  lines.push(`## ${t(L, 'questions.title')}`, '', ...d.questions.map((q, i) => `${i + 1}. ${q}`), '');
  if (d.plan) lines.push(planMarkdown(L, d.plan));
  return lines.join('\n');
}
