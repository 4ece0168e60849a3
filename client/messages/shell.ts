import { defineMessages } from './define.js';

export const shell = defineMessages('shell', {
  tr: {
    'shell.skipToContent': 'İçeriğe geç',
    'shell.otherLanguage': 'English',
    'shell.navLabel': 'Kurum ve plan seçimi',
    'shell.menu': 'Menü',
    'shell.planNavLabel': 'Planın sayfaları',
    'shell.institution': 'Kurum',
    'shell.plan': 'Plan',
    'shell.open': 'Aç',
    'shell.noPlans': 'Plan yok',
    'shell.signOut': 'Oturumu kapat',
    'shell.signedOut': 'Oturum kapatıldı.',
    'shell.footer': 'Pusula — stratejik plan ve performans izleme',
    'shell.apiDocs': 'API belgeleri',
  },
  en: {
    'shell.skipToContent': 'Skip to content',
    'shell.otherLanguage': 'Türkçe',
    'shell.navLabel': 'Institution and plan',
    'shell.menu': 'Menu',
    'shell.planNavLabel': 'The plan’s pages',
    'shell.institution': 'Institution',
    'shell.plan': 'Plan',
    'shell.open': 'Open',
    'shell.noPlans': 'No plans',
    'shell.signOut': 'Sign out',
    'shell.signedOut': 'You are signed out.',
    'shell.footer': 'Pusula — strategic plan and performance tracking',
    'shell.apiDocs': 'API documentation',
  },
});
