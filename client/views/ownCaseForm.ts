// The own-case form: a facilitator writes a dilemma or conversation card without YAML. The card schema checks
// it and each problem shows beside its field; a valid card is added (to the new session, or to the running one),
// downloaded as a YAML file, or a downloaded file is uploaded into the form again.
import { html, render, type TemplateResult } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import { keyed } from 'lit-html/directives/keyed.js';
import type { Dilemma } from '../../shared/cards/schema.ts';
import { t } from '../../shared/i18n/index.ts';
import {
  MAX_EFFECTS_PER_OPTION, OPTION_IDS, OWN_AMOUNTS, OWN_EFFECTS, cardToForm, checkForm, emptyForm,
  type FieldProblem, type OwnCaseForm, type OwnEffectKind,
} from '../../shared/owncase/form.ts';
import { ownCaseFileName, ownCasesYaml, readOwnCases } from '../../shared/owncase/file.ts';
import { DILEMMA_KINDS, THEMES } from '../../shared/vocabulary.ts';
import { lang } from '../lib/i18n.ts';
import './kit.css';

const o = (key: string, params?: Record<string, string | number>) => t(lang(), `owncase.${key}`, params);
const themeName = (theme: string) => t(lang(), `ui.themes.${theme}`);

export interface OwnCaseFormOptions {
  /** Puts the card where it goes; resolves with an error text to show, or null when it was added. */
  add(card: Dilemma): Promise<string | null>;
  /** The words on the add button (a new session or the running one). */
  addLabel: () => string;
}

/** The form, drawn into `box`; returns a function that draws it again (after a language switch). */
export function ownCaseForm(box: HTMLElement, options: OwnCaseFormOptions): () => void {
  let form = emptyForm();
  // Bumped when the form's shape changes or a file fills it: the fields are made anew with the new values.
  let version = 0;
  let problems: FieldProblem[] = [];
  let status: { text: string; error: boolean } | null = null;

  const problemFor = (field: string) => problems.find((p) => p.field === field);
  const problemText = (p: FieldProblem) => (p.key ? t(lang(), p.key, p.params) : p.message);
  const errorId = (field: string) => `owncase-error-${field}`;
  const fieldError = (field: string) => {
    const p = problemFor(field);
    return p ? html`<p class="field-error" id=${errorId(field)} role="alert">${problemText(p)}</p>` : null;
  };
  const aria = (field: string) => (problemFor(field) ? errorId(field) : undefined);

  const update = (change: () => void, reshape = false) => {
    change();
    if (reshape) version++;
    draw();
  };

  const validate = (): Dilemma | null => {
    const result = checkForm(form);
    problems = result.ok ? [] : result.problems;
    status = result.ok ? null : { text: o('error.form'), error: true };
    return result.ok ? result.card : null;
  };

  const add = async () => {
    const card = validate();
    if (card) {
      const error = await options.add(card);
      status = error ? { text: error, error: true } : { text: o('added', { title: card.title.nl }), error: false };
      if (!error) {
        form = emptyForm();
        version++;
      }
    }
    draw();
  };

  const download = () => {
    const card = validate();
    draw();
    if (!card) return;
    const url = URL.createObjectURL(new Blob([ownCasesYaml([card])], { type: 'application/yaml' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: ownCaseFileName(card) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const upload = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { cards, problems: fileProblems } = readOwnCases(await file.text());
    const card = cards[0];
    const filled = card ? cardToForm(card) : null;
    if (fileProblems.length > 0 || !card) status = { text: o('uploadProblem', { problem: fileProblems[0] ?? '—' }), error: true };
    else if (!filled) status = { text: o('notForForm'), error: true };
    else {
      form = filled;
      problems = [];
      version++;
      status = { text: o('uploaded', { title: card.title.nl }), error: false };
    }
    draw();
  };

  const text = (field: 'title' | 'reflection', label: string) => html`
    <label for="owncase-${field}">${label}</label>
    <input id="owncase-${field}" name=${field} value=${form[field]} aria-invalid=${problemFor(field) ? 'true' : 'false'}
      aria-describedby=${ifDefined(aria(field))} @input=${(e: Event) => { form[field] = (e.target as HTMLInputElement).value; }}>
    ${fieldError(field)}`;

  const optionFields = (i: number): TemplateResult => {
    const option = form.options[i]!;
    const id = (part: string) => `owncase-option-${i}-${part}`;
    return html`<fieldset class="owncase-option">
      <legend>${o('option', { n: i + 1 })}</legend>
      <label for=${id('label')}>${o('label')}</label>
      <input id=${id('label')} value=${option.label} aria-invalid=${problemFor(`option-${i}-label`) ? 'true' : 'false'} aria-describedby=${ifDefined(aria(`option-${i}-label`))}
        @input=${(e: Event) => { option.label = (e.target as HTMLInputElement).value; }}>
      ${fieldError(`option-${i}-label`)}
      <label for=${id('hint')}>${o('hint')}</label>
      <input id=${id('hint')} value=${option.hint} aria-invalid=${problemFor(`option-${i}-hint`) ? 'true' : 'false'} aria-describedby=${ifDefined(aria(`option-${i}-hint`))}
        @input=${(e: Event) => { option.hint = (e.target as HTMLInputElement).value; }}>
      ${fieldError(`option-${i}-hint`)}
      <p class="owncase-effects-title">${o('effects')}</p>
      ${option.effects.map((effect, j) => html`<div class="owncase-effect">
        <select aria-label=${o('effects')} id=${id(`effect-${j}-kind`)} @change=${(e: Event) => { effect.kind = (e.target as HTMLSelectElement).value as OwnEffectKind; }}>
          ${OWN_EFFECTS.map((k) => html`<option value=${k} ?selected=${k === effect.kind}>${o(`effect.${k}`)}</option>`)}
        </select>
        <select aria-label=${o('amount')} id=${id(`effect-${j}-amount`)} @change=${(e: Event) => { effect.amount = Number((e.target as HTMLSelectElement).value); }}>
          ${OWN_AMOUNTS.map((n) => html`<option value=${n} ?selected=${n === effect.amount}>${n > 0 ? `+${n}` : n}</option>`)}
        </select>
        <button type="button" class="link" @click=${() => update(() => option.effects.splice(j, 1), true)}>${o('removeEffect')}</button>
      </div>`)}
      ${fieldError(`option-${i}-effects`)}
      ${option.effects.length < MAX_EFFECTS_PER_OPTION
        ? html`<button type="button" class="secondary" id=${id('add-effect')} @click=${() => update(() => option.effects.push({ kind: 'energie', amount: 1 }), true)}>${o('addEffect')}</button>` : null}
      ${i >= 2 ? html`<button type="button" class="link" @click=${() => update(() => form.options.splice(i, 1), true)}>${o('removeOption')}</button>` : null}
    </fieldset>`;
  };

  function draw() {
    render(html`<section class="owncase" aria-labelledby="owncase-heading">
      <h2 id="owncase-heading">${o('title')}</h2>
      <p>${o('help')}</p>
      ${keyed(version, html`<div class="owncase-fields">
        <label for="owncase-kind">${o('kind')}</label>
        <select id="owncase-kind" @change=${(e: Event) => { form.kind = (e.target as HTMLSelectElement).value as OwnCaseForm['kind']; }}>
          ${DILEMMA_KINDS.map((k) => html`<option value=${k} ?selected=${k === form.kind}>${o(`kind.${k}`)}</option>`)}
        </select>
        <label for="owncase-theme">${o('theme')}</label>
        <select id="owncase-theme" @change=${(e: Event) => { form.theme = (e.target as HTMLSelectElement).value as OwnCaseForm['theme']; }}>
          <option value="" ?selected=${form.theme === ''}>—</option>
          ${THEMES.map((x) => html`<option value=${x} ?selected=${x === form.theme}>${themeName(x)}</option>`)}
        </select>
        ${text('title', o('cardTitle'))}
        <label for="owncase-situation">${o('situation')}</label>
        <textarea id="owncase-situation" rows="3" .defaultValue=${form.situation} aria-invalid=${problemFor('situation') ? 'true' : 'false'}
          aria-describedby=${ifDefined(aria('situation'))} @input=${(e: Event) => { form.situation = (e.target as HTMLTextAreaElement).value; }}></textarea>
        ${fieldError('situation')}
        ${form.options.map((_, i) => optionFields(i))}
        ${fieldError('options')}
        ${form.options.length < OPTION_IDS.length
          ? html`<button type="button" class="secondary" id="owncase-add-option" @click=${() => update(() => form.options.push({ label: '', hint: '', effects: [] }), true)}>${o('addOption')}</button>` : null}
        ${text('reflection', o('reflection'))}
      </div>`)}
      <div class="owncase-actions">
        <button type="button" class="primary" id="owncase-add" @click=${add}>${options.addLabel()}</button>
        <button type="button" class="secondary" id="owncase-download" @click=${download}>${o('download')}</button>
        <label class="button secondary owncase-upload">${o('upload')}
          <input type="file" id="owncase-upload" accept=".yaml,.yml,application/yaml,text/yaml" @change=${upload}></label>
      </div>
      ${status ? html`<p class=${status.error ? 'note error' : 'note'} id="owncase-status" role="status">${status.text}</p>` : null}
    </section>`, box);
  }
  draw();
  return draw;
}
