// Long content on the projector, whole and at a size the back row can read: blocks (an option, a team's vote, a
// harvest line) are packed into the columns of a fixed box, page after page; the facilitator turns the pages.
// A pinned block (the question to talk about) stands under the columns on every page. Nothing is shrunk to fit.
// The packing is redone only when the content or the box changes, so a timer tick never moves a block.
import { html, render, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { packBlocks, type Measured } from './packing.ts';

/** A block and how it may move: `run` (the votes for one option swap places to fill a column) and `keepWithNext`
 * (an option's heading stays with its first vote). */
export interface Block extends Pick<Measured, 'run' | 'keepWithNext'> {
  key: string;
  body: TemplateResult;
}

export class PagedBox {
  page = 0;
  private pages: number[][][] = [[[]]];
  private packedFor = '';
  private readonly measure: HTMLElement;
  private readonly visible: HTMLElement;
  private readonly pinnedBox: HTMLElement;
  private blocks: Block[] = [];
  private pinned: Block | null = null;
  private columns = 1;

  private readonly host: HTMLElement;
  private readonly onChange: () => void;

  constructor(host: HTMLElement, onChange: () => void) {
    this.host = host;
    this.onChange = onChange;
    host.classList.add('paged');
    this.visible = document.createElement('div');
    this.visible.className = 'paged-page';
    this.pinnedBox = document.createElement('div');
    this.pinnedBox.className = 'paged-pinned';
    this.measure = document.createElement('div');
    this.measure.className = 'paged-measure';
    this.measure.setAttribute('aria-hidden', 'true');
    host.append(this.visible, this.pinnedBox, this.measure);
    // A new window size (or the console folding away) re-packs the pages.
    const repack = () => {
      this.packedFor = '';
      if (this.blocks.length) this.show(this.contentKey, this.blocks, this.columns, this.pinned);
    };
    new ResizeObserver(repack).observe(host);
    // Text measured in the fallback font is packed again once the real font is there.
    document.fonts?.addEventListener('loadingdone', repack);
  }

  private contentKey = '';

  get count() {
    return this.pages.length;
  }

  /**
   * Shows the blocks in `columns` columns, and `pinned` under them on every page; `contentKey` changes whenever a
   * block's text may have changed.
   */
  show(contentKey: string, blocks: Block[], columns: number, pinned: Block | null = null) {
    this.contentKey = contentKey;
    this.blocks = blocks;
    this.columns = columns;
    this.pinned = pinned;
    const box = `${contentKey}|${columns}|${this.host.clientWidth}x${this.host.clientHeight}`;
    if (box !== this.packedFor) {
      const before = this.pages.length;
      this.pages = this.pack(blocks, columns, pinned);
      this.packedFor = box;
      if (this.page >= this.pages.length) this.page = this.pages.length - 1;
      if (before !== this.pages.length) queueMicrotask(this.onChange);
    }
    this.draw();
  }

  turn(by: number): boolean {
    const page = Math.min(this.pages.length - 1, Math.max(0, this.page + by));
    if (page === this.page) return false;
    this.page = page;
    this.draw();
    this.onChange();
    return true;
  }

  clear() {
    this.blocks = [];
    this.pinned = null;
    this.pages = [[[]]];
    this.page = 0;
    this.packedFor = '';
    render(html``, this.visible);
    render(html``, this.pinnedBox);
  }

  private pack(blocks: Block[], columns: number, pinned: Block | null): number[][][] {
    const style = getComputedStyle(this.visible);
    const gap = Number.parseFloat(style.columnGap) || 0;
    const rowGap = Number.parseFloat(style.rowGap) || 0;
    // The pinned block spans the whole width; the columns get what is left of the height.
    this.measure.style.width = `${Math.max(1, this.host.clientWidth)}px`;
    render(pinned ? html`<div class="paged-block">${pinned.body}</div>` : html``, this.measure);
    const pinnedHeight = pinned ? this.measure.firstElementChild!.getBoundingClientRect().height + rowGap : 0;
    const width = (this.host.clientWidth - gap * (columns - 1)) / columns;
    this.measure.style.width = `${Math.max(1, width)}px`;
    render(html`${repeat(blocks, (b) => b.key, (b) => html`<div class="paged-block">${b.body}</div>`)}`, this.measure);
    const measured = Array.from(this.measure.children, (el, i): Measured => ({
      height: el.getBoundingClientRect().height + rowGap, run: blocks[i]!.run, keepWithNext: blocks[i]!.keepWithNext,
    }));
    render(html``, this.measure);
    return packBlocks(measured, this.host.clientHeight - pinnedHeight + rowGap, columns);
  }

  private draw() {
    const page = this.pages[this.page] ?? [];
    this.visible.style.setProperty('--columns', String(this.columns));
    render(html`${repeat(page, (_, i) => i, (column) => html`<div class="paged-column">${
      repeat(column, (i) => this.blocks[i]!.key, (i) => html`<div class="paged-block">${this.blocks[i]!.body}</div>`)}</div>`)}`, this.visible);
    render(this.pinned ? html`<div class="paged-block">${this.pinned.body}</div>` : html``, this.pinnedBox);
  }
}
