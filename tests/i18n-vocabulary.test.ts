// Every team sign has a name in both languages: the name is what a screen reader says and what the join form
// and the console show beside the sign (a missing one showed the code word "bird" in Dutch).
import { expect, it } from 'vitest';
import { MESSAGES } from '../shared/i18n/index.ts';
import { TEAM_ICONS } from '../shared/vocabulary.ts';

it.each(TEAM_ICONS)('the team sign %s has a Dutch and an English name', (icon) => {
  for (const language of ['nl', 'en'] as const) {
    expect((MESSAGES[language].ui as Record<string, string>)[`icon.${icon}`], `ui.icon.${icon} in ${language}.json`).toBeTruthy();
  }
});
