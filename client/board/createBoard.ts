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

export function createBoard(parent: HTMLElement): BoardHandle {
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
  });
  game.events.once('board-ready', (scene: Board) => {
    board = scene;
    board.onLocation = (id) => handler(id);
    if (pending) board.setModel(pending);
  });
  return {
    update(model) {
      pending = model;
      board?.setModel(model);
    },
    celebrate: (location, colours) => board?.celebrate(location, colours),
    onLocation(h) {
      handler = h;
    },
    destroy: () => game.destroy(true),
  };
}
