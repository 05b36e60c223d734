// An own case as a facilitator writes it in the form: a conversation card (no effects), in Dutch.
import type { OwnCaseForm } from '../../shared/owncase/form.ts';

export const conversationCase = (): OwnCaseForm => ({
  kind: 'gedoe',
  theme: 'groen',
  title: 'De buurtmoestuin en het hek',
  situation: 'Een paar bewoners willen een hek om de moestuin. Anderen vinden dat de tuin dan niet meer van iedereen is.',
  options: [
    { label: 'Een hek met een open deur overdag', hint: 'Veilig, maar het voelt minder open', effects: [] },
    { label: 'Geen hek, wel afspraken', hint: 'Open, maar afspraken vragen onderhoud', effects: [] },
  ],
  reflection: 'Van wie is de tuin eigenlijk, en wie bepaalt dat?',
});
