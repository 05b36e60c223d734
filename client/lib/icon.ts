// Icons for lit-html templates: trusted SVG text bundled with the app (lucide-static, our own), never user input.
import { html } from 'lit-html';
import { unsafeHTML } from 'lit-html/directives/unsafe-html.js';

/** Decorative unless labelled; a meaningful icon also gets a visible word next to it where it is used. */
export const svgIcon = (svg: string, label?: string) => label
  ? html`<span class="icon" role="img" aria-label=${label}>${unsafeHTML(svg)}</span>`
  : html`<span class="icon" aria-hidden="true">${unsafeHTML(svg)}</span>`;
