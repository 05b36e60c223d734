import * as Phaser from 'phaser';
import { locationSources, teamIconSources } from './textures.ts';

/** Preloader: loads the illustrations with a progress bar, then starts the board. */
export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  preload() {
    const { width, height } = this.scale;
    const bar = this.add.rectangle(width / 2 - 150, height / 2, 4, 16, 0x1f5f4a).setOrigin(0, 0.5);
    this.add.rectangle(width / 2, height / 2, 304, 20).setStrokeStyle(2, 0x1f5f4a);
    this.load.on('progress', (p: number) => {
      bar.width = 4 + 296 * p;
    });
    for (const { key, url } of locationSources()) this.load.svg(key, url, { width: 160, height: 160 });
    for (const { key, url } of teamIconSources()) this.load.svg(key, url, { width: 48, height: 48 });
  }

  create() {
    this.scene.start('Board');
  }
}
