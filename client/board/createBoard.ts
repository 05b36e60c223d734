// Starts the Phaser board inside a DOM element and gives the views a small handle to drive it.
import * as Phaser from 'phaser';
import { Board, type BoardModel } from './Board.ts';
import { Boot } from './Boot.ts';
import { Preloader } from './Preloader.ts';

export interface BoardHandle {
  update(model: BoardModel): void;
  celebrate(location: string, colours: string[]): void;
  onLocation(handler: (id: string) => void): void;
  destroy(): void;
}

export interface BoardOptions {
  /**
   * For tablets and phones, which run on battery: at most 30 frames a second, and none at all while nothing on the
   * map moves. A new model, a celebration or a change of size wakes it; taps are handled while it sleeps.
   */
  saveBattery?: boolean;
  /** Place names at least this fraction of the window's height (the projector: readable from the back). */
  minLabelFraction?: number;
}

/** Frames in a row with nothing moving before the board stops drawing. */
const IDLE_FRAMES_BEFORE_SLEEP = 3;

export function createBoard(parent: HTMLElement, options: BoardOptions = {}): BoardHandle {
  let board: Board | null = null;
  let pending: BoardModel | null = null;
  let handler: (id: string) => void = () => {};
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#fbf7ef',
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    scene: [Boot, Preloader, Board],
    banner: false,
    audio: { noAudio: true },
    ...(options.saveBattery ? { fps: { limit: 30 } } : {}),
  });
  let idleFrames = 0;
  const wake = () => {
    idleFrames = 0;
    if (game.isRunning) game.loop.wake(); // before it runs, the game starts its own loop
  };
  game.registry.set('minLabelFraction', options.minLabelFraction ?? 0);
  // The canvas follows its box (a phase may give the map more or less room), never the other way round.
  const fit = () => {
    // A box folded to nothing keeps the last size: a map drawn a few pixels wide is no use to anyone.
    if (!game.isRunning || parent.clientWidth < 50 || parent.clientHeight < 50) return;
    if (game.scale.width !== parent.clientWidth || game.scale.height !== parent.clientHeight) game.scale.resize(parent.clientWidth, parent.clientHeight);
    wake();
  };
  const resizes = new ResizeObserver(fit);
  resizes.observe(parent);
  if (options.saveBattery) {
    game.events.on(Phaser.Core.Events.POST_RENDER, () => {
      if (!board || board.isMoving()) idleFrames = 0;
      else if (++idleFrames >= IDLE_FRAMES_BEFORE_SLEEP) game.loop.sleep();
    });
  }
  game.events.once('board-ready', (scene: Board) => {
    board = scene;
    fit(); // the box may have changed while the game was starting
    board.onLocation = (id) => handler(id);
    if (pending) board.setModel(pending);
  });
  return {
    update(model) {
      fit(); // a phase change may have resized the box in the same frame
      pending = model;
      board?.setModel(model);
      wake();
    },
    celebrate(location, colours) {
      board?.celebrate(location, colours);
      wake();
    },
    onLocation(h) {
      handler = h;
    },
    destroy() {
      resizes.disconnect();
      game.destroy(true);
    },
  };
}
