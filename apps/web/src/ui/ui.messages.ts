// The texts of the design system's own parts: the frame of every page, dialogs, toasts.
export const uiEn = {
  close: 'Close',
  notifications: 'Notifications',
  avatarStackMore: '{{names}} and {{count}} more',
  mainNavigation: 'Main',
  accountMenu: 'Your account',
  myProfilePage: 'My public profile',
  trips: 'Trips',
  reports: 'My reports',
  blocked: 'Blocked people',
  importContacts: 'Import contacts',
  connectedAccounts: 'Connected accounts',
  mailSettings: 'Mail settings',
  home: 'Home',
};

export const uiDe: typeof uiEn = {
  close: 'Schließen',
  notifications: 'Benachrichtigungen',
  avatarStackMore: '{{names}} und {{count}} weitere',
  mainNavigation: 'Hauptnavigation',
  accountMenu: 'Dein Konto',
  myProfilePage: 'Mein öffentliches Profil',
  trips: 'Reisen',
  reports: 'Meine Meldungen',
  blocked: 'Blockierte Leute',
  importContacts: 'Kontakte importieren',
  connectedAccounts: 'Verbundene Konten',
  mailSettings: 'Mail-Einstellungen',
  home: 'Start',
};
