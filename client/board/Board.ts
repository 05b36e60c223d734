import * as Phaser from 'phaser';
import { boardPoint } from '../lib/format.ts';
import { locationTexture, teamIconTexture } from './textures.ts';

export interface BoardProject {
  location: string;
  title: string;
  colour: string;
  icon: string;
  /** Colours of the other teams that contributed (co-funding). */
  cofunders: string[];
  progress: number;
  realised: boolean;
  overgenomen: boolean;
  paused: boolean;
}

export interface BoardModel {
  locations: { id: string; name: string; type: string; x: number; y: number }[];
  projects: BoardProject[];
  /** Locations a tap may act on now (claim here, or a project to select). */
  highlight: string[];
  selected: string | null;
  reducedMotion: boolean;
}

const hex = (colour: string) => Number.parseInt(colour.replace('#', ''), 16);

/** The neighbourhood map: locations, the initiatives on them and their progress, celebrations. */
export class Board extends Phaser.Scene {
  private model: BoardModel | null = null;
  private layer!: Phaser.GameObjects.Container;
  private pulses: Phaser.Tweens.Tween[] = [];
  onLocation: (id: string) => void = () => {};

  constructor() {
    super('Board');
  }

  create() {
    this.layer = this.add.container(0, 0);
    this.scale.on('resize', () => this.redraw());
    this.redraw();
    this.game.events.emit('board-ready', this);
  }

  /** Whether anything on the map is moving (a pulse, a celebration), so that frames must still be drawn. */
  isMoving(): boolean {
    return this.tweens.getTweens().length > 0;
  }

  setModel(model: BoardModel) {
    this.model = model;
    if (this.layer) this.redraw();
  }

  private redraw() {
    for (const t of this.pulses) t.remove();
    this.pulses = [];
    this.layer.removeAll(true);
    const model = this.model;
    const { width, height } = this.scale;
    const bg = this.add.graphics();
    bg.fillStyle(0xe9f1dc, 1).fillRoundedRect(4, 4, width - 8, height - 8, 24);
    bg.lineStyle(10, 0xf7f1e3, 1);
    // A few paths through the neighbourhood, for the feel of a map.
    bg.beginPath().moveTo(width * 0.05, height * 0.55).lineTo(width * 0.4, height * 0.5).lineTo(width * 0.62, height * 0.62).lineTo(width * 0.95, height * 0.58).strokePath();
    bg.beginPath().moveTo(width * 0.45, height * 0.05).lineTo(width * 0.48, height * 0.5).lineTo(width * 0.42, height * 0.95).strokePath();
    this.layer.add(bg);
    if (!model) return;
    const size = Math.max(44, Math.min(width, height) * 0.13);
    const readable = window.innerHeight * ((this.registry.get('minLabelFraction') as number) || 0);
    const fontSize = Math.max(13, readable, Math.round(Math.min(size * 0.24, height * 0.034)));
    for (const loc of model.locations) {
      const p = boardPoint(loc.x, loc.y, width, height, 0.09);
      const project = model.projects.find((pr) => pr.location === loc.id);
      const lit = model.highlight.includes(loc.id);
      const selected = model.selected === loc.id;
      if (lit || selected) {
        const ring = this.add.circle(p.x, p.y, size * 0.62, selected ? 0x0072b2 : 0xe69f00, 0.35);
        this.layer.add(ring);
        if (!model.reducedMotion && !selected) this.pulses.push(this.tweens.add({ targets: ring, scale: 1.12, alpha: 0.15, yoyo: true, repeat: -1, duration: 700 }));
      }
      const image = this.add.image(p.x, p.y, locationTexture(loc.type)).setDisplaySize(size, size);
      image.setInteractive({ useHandCursor: true }).on('pointerup', () => this.onLocation(loc.id));
      this.layer.add(image);
      if (project) this.drawProject(project, p.x, p.y, size);
      // On a small map (a phone) only initiatives are named: the place names would cover each other.
      if (!project && width < 520 && !this.registry.get('minLabelFraction')) continue;
      const label = this.add.text(p.x, p.y + size * 0.58, project ? project.title : loc.name, {
        fontFamily: 'Atkinson Hyperlegible Next, sans-serif', fontSize: `${fontSize}px`, color: '#1d1d1b',
        backgroundColor: project?.realised ? '#fff3c4' : '#ffffffcc', padding: { x: 6, y: 2 }, align: 'center',
        wordWrap: { width: Math.max(size * 1.9, fontSize * 8) },
      }).setOrigin(0.5, 0);
      this.layer.add(label);
    }
  }

  private drawProject(project: BoardProject, x: number, y: number, size: number) {
    const g = this.add.graphics();
    const r = size * 0.56;
    g.lineStyle(size * 0.09, 0xffffff, 0.9).strokeCircle(x, y, r);
    g.lineStyle(size * 0.09, project.overgenomen ? 0x777777 : hex(project.colour), 1);
    g.beginPath().arc(x, y, r, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * Math.max(0.02, project.progress), false).strokePath();
    this.layer.add(g);
    const badge = this.add.circle(x + r * 0.78, y - r * 0.78, size * 0.19, hex(project.colour)).setStrokeStyle(3, 0xffffff);
    const mark = this.add.image(badge.x, badge.y, teamIconTexture(project.icon)).setDisplaySize(size * 0.24, size * 0.24);
    this.layer.add([badge, mark]);
    // One dot per co-funding team, along the bottom of the ring.
    project.cofunders.forEach((colour, i) => {
      const dx = (i - (project.cofunders.length - 1) / 2) * size * 0.2;
      this.layer.add(this.add.circle(x + dx, y + r * 0.95, size * 0.08, hex(colour)).setStrokeStyle(2, 0xffffff));
    });
    if (project.realised) {
      const star = this.add.star(x - r * 0.8, y - r * 0.8, 5, size * 0.09, size * 0.2, 0xf0c33c).setStrokeStyle(2, 0x8c5a00);
      this.layer.add(star);
    }
    if (project.paused) this.layer.add(this.add.rectangle(x, y, size * 0.9, size * 0.12, 0x555555, 0.7));
  }

  /** A realised initiative, honoured with a burst of colour (a quiet highlight when motion is reduced). */
  celebrate(location: string, colours: string[]) {
    const loc = this.model?.locations.find((l) => l.id === location);
    if (!loc) return;
    const { width, height } = this.scale;
    const p = boardPoint(loc.x, loc.y, width, height, 0.09);
    const size = Math.min(width, height) * 0.13;
    if (this.model?.reducedMotion) {
      // A tween, not a timer: the board keeps drawing until the glow is gone.
      const glow = this.add.circle(p.x, p.y, size, 0xf0c33c, 0.5);
      this.tweens.add({ targets: glow, alpha: 0, delay: 2000, duration: 500, onComplete: () => glow.destroy() });
      return;
    }
    for (let i = 0; i < 36; i++) {
      const angle = (Math.PI * 2 * i) / 36;
      const dot = this.add.circle(p.x, p.y, size * 0.07, hex(colours[i % colours.length] ?? '#F0C33C'));
      this.tweens.add({
        targets: dot, x: p.x + Math.cos(angle) * size * 2.2, y: p.y + Math.sin(angle) * size * 2.2, alpha: 0, scale: 0.4,
        duration: 1400 + (i % 5) * 120, ease: 'Cubic.easeOut', onComplete: () => dot.destroy(),
      });
    }
  }
}
