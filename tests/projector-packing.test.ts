// The projector's page packing on its own: columns filled as well as the reading order allows, an option's heading
// never alone at the foot of a column, and pages evenly full. The browser test (projector.test.ts) checks the result
// on real screens.
import { describe, expect, it } from 'vitest';
import { packBlocks, type Measured } from '../client/views/packing.ts';

const heightOf = (items: Measured[], column: number[]) => column.reduce((sum, i) => sum + items[i]!.height, 0);

describe('packing blocks into columns and pages', () => {
  it('lets the votes for one option change places to fill a column, never across options', () => {
    // A heading, then option A with three votes, then option B with one.
    const items: Measured[] = [
      { height: 40 }, { height: 10, keepWithNext: true },
      { height: 60, run: 'a' }, { height: 50, run: 'a' }, { height: 40, run: 'a' },
      { height: 10, keepWithNext: true }, { height: 30, run: 'b' },
    ];
    // Three columns a page: one page, so the columns are filled as they come (no balancing).
    const pages = packBlocks(items, 100, 3);
    expect(pages).toHaveLength(1);
    const columns = pages.flat();
    // In order the first column would end after the 60-high vote (110 > 100 with the next): the 50-high one fills it.
    expect(columns[0]).toEqual([0, 1, 3]);
    expect(heightOf(items, columns[0]!)).toBe(100);
    // Reading order of options holds: every block of A before B's heading.
    const order = columns.flat();
    expect(order.indexOf(5)).toBeGreaterThan(Math.max(order.indexOf(2), order.indexOf(3), order.indexOf(4)));
    for (const column of columns) expect(heightOf(items, column)).toBeLessThanOrEqual(100);
  });

  it('starts a new column rather than leave an option heading alone at its foot', () => {
    const items: Measured[] = [{ height: 85 }, { height: 10, keepWithNext: true }, { height: 50, run: 'a' }];
    const columns = packBlocks(items, 100, 2).flat();
    expect(columns).toEqual([[0], [1, 2]]);
  });

  it('spreads the blocks so no page is nearly empty, with no more pages than filling each column would take', () => {
    // Seven blocks of 30 in columns of 100, two columns a page: filled in order, 3 + 3 on the first page and 1 on
    // the second (30 of 200). Balanced, the two pages hold 2 + 2 and 2 + 1.
    const items: Measured[] = Array.from({ length: 7 }, () => ({ height: 30 }));
    const pages = packBlocks(items, 100, 2);
    expect(pages).toHaveLength(2);
    const perPage = pages.map((page) => page.reduce((sum, column) => sum + heightOf(items, column), 0));
    expect(Math.min(...perPage)).toBeGreaterThanOrEqual(90);
    expect(pages.flat(2).sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
  });

  it('keeps a single page as it is, gives a block taller than a column its own, and packs nothing into one empty page', () => {
    expect(packBlocks([{ height: 30 }, { height: 30 }], 100, 2)).toEqual([[[0, 1]]]);
    expect(packBlocks([{ height: 30 }, { height: 150 }, { height: 30 }], 100, 1).flat()).toEqual([[0], [1], [2]]);
    expect(packBlocks([], 100, 2)).toEqual([[[]]]);
  });
});
