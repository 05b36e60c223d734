// How the projector's paged stage lays out blocks (an option, a team's vote, a harvest line) in columns and pages:
// every column filled as well as the reading order allows, and the pages evenly full. Pure, so it is tested alone.

/** A block as the packing sees it: its height (with the gap under it) and how it may move. */
export interface Measured {
  height: number;
  /** Adjacent blocks of one run may stand in any order among themselves. */
  run?: string;
  /** Never the last block of a column when more follows. */
  keepWithNext?: boolean;
}

/** Runs of more blocks than this are filled in order (the best subset is searched among 2^n). */
const MAX_SEARCH = 12;

/** The blocks of `candidates` (indices into items) whose heights fill `room` best; all of them when they fit. */
function bestFit(items: Measured[], candidates: number[], room: number): number[] {
  const height = (set: number[]) => set.reduce((sum, i) => sum + items[i]!.height, 0);
  if (height(candidates) <= room) return candidates;
  if (candidates.length > MAX_SEARCH) {
    const taken: number[] = [];
    let used = 0;
    for (const i of candidates) if (used + items[i]!.height <= room) taken.push(i), (used += items[i]!.height);
    return taken;
  }
  let best: number[] = [];
  let bestHeight = 0;
  // Every subset (a run is at most a few blocks: one per team); of equal heights the first found stays.
  for (let mask = 1; mask < 1 << candidates.length; mask++) {
    const set = candidates.filter((_, bit) => mask & (1 << bit));
    const h = height(set);
    if (h <= room && h > bestHeight) [best, bestHeight] = [set, h];
  }
  return best;
}

/** Columns of block indices, each at most `capacity` high (a block taller than that gets a column of its own). */
function packColumns(items: Measured[], capacity: number): number[][] {
  // Units in reading order: a single block, or a run whose blocks may change places among themselves.
  const units: number[][] = [];
  items.forEach((item, i) => {
    const last = units[units.length - 1];
    if (item.run && last && items[last[0]!]!.run === item.run) last.push(i);
    else units.push([i]);
  });
  const columns: number[][] = [];
  let column: number[] = [];
  let used = 0;
  const close = () => {
    if (column.length) columns.push(column);
    column = [];
    used = 0;
  };
  units.forEach((unit, u) => {
    const next = units[u + 1];
    const first = items[unit[0]!]!;
    // A heading that must stay with what follows starts a new column when that would not fit under it (unless
    // they would not fit together in any column: then it stays where it is).
    const together = next ? first.height + Math.min(...next.map((i) => items[i]!.height)) : 0;
    if (unit.length === 1 && first.keepWithNext && next && column.length && used + together > capacity && together <= capacity) close();
    let pending = unit;
    while (pending.length) {
      let fit = bestFit(items, pending, capacity - used);
      if (fit.length === 0) {
        if (column.length) {
          close();
          continue;
        }
        fit = [pending[0]!];
      }
      for (const i of fit) column.push(i), (used += items[i]!.height);
      pending = pending.filter((i) => !fit.includes(i));
      if (pending.length) close();
    }
  });
  close();
  return columns;
}

/**
 * page → column → block indices. Each column is filled as well as the reading order allows (a run's blocks may
 * swap to fill it). With more than one page, shorter columns are tried too (down to half), which can spread the
 * blocks so no page is nearly empty: of the packings with the fewest pages, the one whose emptiest page is fullest.
 */
export function packBlocks(items: Measured[], columnHeight: number, columnsPerPage: number): number[][][] {
  const toPages = (columns: number[][]) => {
    const pages: number[][][] = [];
    for (let i = 0; i < columns.length; i += columnsPerPage) pages.push(columns.slice(i, i + columnsPerPage));
    return pages.length ? pages : [[[]]];
  };
  const emptiest = (pages: number[][][]) => Math.min(...pages.map((page) => page.flat().reduce((sum, i) => sum + items[i]!.height, 0)));
  let best = toPages(packColumns(items, columnHeight));
  if (best.length === 1) return best;
  for (let capacity = columnHeight * 0.95; capacity >= columnHeight / 2; capacity -= columnHeight * 0.05) {
    const pages = toPages(packColumns(items, capacity));
    if (pages.length < best.length || (pages.length === best.length && emptiest(pages) > emptiest(best))) best = pages;
  }
  return best;
}
