// The textures the board uses: our own location illustrations and the team icons (lucide).
import { LOCATION_TYPES, TEAM_ICONS } from '../../shared/vocabulary.ts';
import bike from 'lucide-static/icons/bike.svg?raw';
import bird from 'lucide-static/icons/bird.svg?raw';
import flower from 'lucide-static/icons/flower-2.svg?raw';
import heart from 'lucide-static/icons/heart.svg?raw';
import home from 'lucide-static/icons/house.svg?raw';
import leaf from 'lucide-static/icons/leaf.svg?raw';
import star from 'lucide-static/icons/star.svg?raw';
import sun from 'lucide-static/icons/sun.svg?raw';

const locationUrls = import.meta.glob('../../assets/locations/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export const locationTexture = (type: string) => `loc-${type}`;
export const teamIconTexture = (icon: string) => `team-${icon}`;

export function locationSources(): { key: string; url: string }[] {
  return LOCATION_TYPES.map((type) => ({ key: locationTexture(type), url: locationUrls[`../../assets/locations/${type}.svg`]! }));
}

export const TEAM_ICON_SVG: Record<(typeof TEAM_ICONS)[number], string> = { sun, leaf, home, heart, star, bike, flower, bird };

/** Team icons as white strokes on a transparent background, ready to sit on a team-coloured disc. */
export function teamIconSources(): { key: string; url: string }[] {
  return TEAM_ICONS.map((icon) => {
    const svg = TEAM_ICON_SVG[icon]
      .replace(/stroke="currentColor"/g, 'stroke="#ffffff"')
      .replace(/width="\d+"/, 'width="48"')
      .replace(/height="\d+"/, 'height="48"');
    return { key: teamIconTexture(icon), url: URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })) };
  });
}
