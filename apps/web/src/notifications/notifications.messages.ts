// Texts of the mail settings page, in English and German. The categories' names and the unsubscribe page's texts
// are in the shared catalogue (locales/*/mail.json, the `mail` namespace), which the mails use too.

export const notificationsEn = {
  notifications: {
    title: 'Mail settings',
    link: 'Mail settings and calendar',
    loading: 'Loading your mail settings…',
    loadFailed: 'Your mail settings could not be loaded. Please reload the page.',
    logInFirst: 'Log in to choose which e-mails you get.',
    legend: 'E-mails I want to get',
    always: 'E-mails about your account (such as password resets) always come.',
    save: 'Save mail settings',
    saved: 'Saved.',
  },
};

export const notificationsDe: typeof notificationsEn = {
  notifications: {
    title: 'Mail-Einstellungen',
    link: 'Mail-Einstellungen und Kalender',
    loading: 'Deine Mail-Einstellungen werden geladen…',
    loadFailed: 'Deine Mail-Einstellungen konnten nicht geladen werden. Bitte lade die Seite neu.',
    logInFirst: 'Melde Dich an, um auszuwählen, welche Mails Du bekommst.',
    legend: 'Mails, die ich bekommen möchte',
    always: 'Mails zu Deinem Konto (etwa zum Zurücksetzen des Passworts) kommen immer.',
    save: 'Mail-Einstellungen speichern',
    saved: 'Gespeichert.',
  },
};
