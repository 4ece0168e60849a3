import { defineMessages } from './define.js';

export const home = defineMessages('home', {
  tr: {
    'home.title': 'Planlar',
    'home.empty': 'Görebileceğiniz bir plan yok. Kurumunuzun yöneticisinden yetki isteyin.',
    'home.counts': '{aims} amaç, {targets} hedef, {indicators} gösterge',
  },
  en: {
    'home.title': 'Plans',
    'home.empty': 'There is no plan you can see. Ask your institution’s administrator for a role.',
    'home.counts': '{aims} aims, {targets} targets, {indicators} indicators',
  },
});
