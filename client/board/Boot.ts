import * as Phaser from 'phaser';

/** Boot: nothing to load before the preloader can show its progress bar. */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create() {
    this.scene.start('Preloader');
  }
}
