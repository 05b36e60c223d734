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
  const header = ['round', 'team_id', 'team', 'dilemma', 'choice', 'defaulted', 'vote_principle', 'principles_played', 'initiatives_realised', 'initiatives_cofunded', 'team_cp_this_round', 'neighbourhood_cp', 'vertrouwen'];
  const rows = [header.join(',')];
  for (const r of d.timeline) {
    for (const team of d.teams) {
      const choice = r.choices.find((c) => c.team === team.id);
      const realised = r.realised.filter((x) => x.trekker === team.id);
      const cofunded = r.realised.flatMap((x) => x.cofunders.filter((f) => f.team === team.id).map((f) => `${x.title} (${f.tokens})`));
      rows.push([
        r.round, team.id, team.name, r.dilemma?.title ?? '', choice?.label ?? '', choice ? choice.defaulted : '',
        choice?.principle ?? '', r.principles.filter((p) => p.team === team.id).map((p) => p.principle).join(' '),
        realised.map((x) => x.title).join('; '), cofunded.join('; '), realised.reduce((s, x) => s + x.cp, 0), r.cpEnd, r.vertrouwenEnd,
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
  const outcome = d.result ? t(L, d.result.won ? 'debrief.won' : 'debrief.notWon') : t(L, 'debrief.running');
  lines.push(`${outcome} ${t(L, 'debrief.summary', { cp: d.cp, target: d.target, domains: d.domains.length, vertrouwen: d.vertrouwen })}`, '');
  lines.push(`**${t(L, 'debrief.teams')}:** ${d.teams.map((x) => `${mdText(x.name)} (${x.cp} ${t(L, 'debrief.cpShort')})`).join(', ')}`, '');
  for (const r of d.timeline) {
    lines.push(`## ${t(L, 'debrief.round', { round: r.round })}`, '');
    if (r.dilemma) {
      lines.push(`### ${r.dilemma.title} (${r.dilemma.kind})`, '');
      lines.push(`| ${t(L, 'debrief.team')} | ${t(L, 'debrief.choice')} |`, '|---|---|');
      for (const c of r.choices) {
        const extra = [c.principle ? t(L, 'debrief.withPrinciple', { principle: c.principle }) : '', c.defaulted ? t(L, 'debrief.defaulted') : ''].filter(Boolean).join(', ');
        lines.push(`| ${name(c.team)} | ${mdText(c.label)}${extra ? ` (${extra})` : ''} |`);
      }
      lines.push('', `> ${t(L, 'debrief.reflection')}: ${r.dilemma.reflection}`, '');
    }
    if (r.principles.length) lines.push(`- ${t(L, 'debrief.principles')}: ${r.principles.map((p) => `${p.principle}. ${p.title} (${name(p.team)})`).join('; ')}`);
    if (r.realised.length) lines.push(`- ${t(L, 'debrief.realised')}: ${r.realised.map((x) => `${x.title} (${funders(x.trekker, x.cofunders)}, +${x.cp})`).join('; ')}`);
    if (r.dialogueBonus) lines.push(`- ${t(L, 'debrief.dialogueBonus')}`);
    lines.push(`- ${t(L, 'debrief.cpTrust', { cp: r.cpEnd, vertrouwen: r.vertrouwenEnd })}`, '');
  }
  const realised = d.initiatives.filter((i) => i.realised);
  if (realised.length) {
    lines.push(`## ${t(L, 'debrief.initiatives')}`, '');
    for (const i of realised) lines.push(`- **${i.title}** (${i.location}): ${funders(i.trekker, i.cofunders)}; +${i.cp} ${t(L, 'debrief.cpShort')}`);
    lines.push('');
  }
  if (d.plan) lines.push(planMarkdown(L, d.plan));
  return lines.join('\n');
}
