// Texts of the mail settings page and the unsubscribe page, in English and German.

const categoriesEn = {
  introductions: {
    name: 'introductions (whom you already know online at a meetup)',
    label: 'Introductions',
    explanation: 'Before a meetup you are going to: who else is coming whom you already know online.',
  },
  reminders: {
    name: 'reminders before meetups',
    label: 'Reminders',
    explanation: 'Reminders shortly before a meetup you are going to.',
  },
  invitations: {
    name: 'invitations to meetups',
    label: 'Invitations',
    explanation: 'When someone invites you to a meetup or offers to meet for a coffee.',
  },
  updates: {
    name: 'news about your meetups (time, place, cancellations, RSVPs)',
    label: 'News about my meetups',
    explanation:
      'When a meetup you are going to moves, is cancelled, or your RSVP or waitlist place changes.',
  },
};

const categoriesDe: typeof categoriesEn = {
  introductions: {
    name: 'Vorstellungen (wen Du bei einem Treffen schon aus dem Netz kennst)',
    label: 'Vorstellungen',
    explanation: 'Vor einem Treffen, zu dem Du gehst: wer noch kommt, den Du online schon kennst.',
  },
  reminders: {
    name: 'Erinnerungen vor Treffen',
    label: 'Erinnerungen',
    explanation: 'Erinnerungen kurz vor einem Treffen, zu dem Du gehst.',
  },
  invitations: {
    name: 'Einladungen zu Treffen',
    label: 'Einladungen',
    explanation: 'Wenn Dich jemand zu einem Treffen einlädt oder Dir einen Kaffee anbietet.',
  },
  updates: {
    name: 'Neuigkeiten zu Deinen Treffen (Zeit, Ort, Absagen, Zusagen)',
    label: 'Neuigkeiten zu meinen Treffen',
    explanation:
      'Wenn ein Treffen, zu dem Du gehst, verlegt oder abgesagt wird oder sich Deine Zusage oder Dein Wartelistenplatz ändert.',
  },
};

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
    category: categoriesEn,
  },
  unsubscribe: {
    title: 'Unsubscribe',
    loading: 'Loading…',
    question: 'Stop e-mails about: {{what}}?',
    unsubscribe: 'Unsubscribe',
    done: 'You will no longer get e-mails about: {{what}}.',
    alreadyOff: 'You no longer get e-mails about: {{what}}.',
    undo: 'Undo',
    turnBackOn: 'Turn back on',
    backOn: 'Turned back on: you will get e-mails about {{what}} again.',
    allSettings: 'All mail settings',
    invalidTitle: 'This link is not valid',
    invalidText:
      'Perhaps it was cut short when it was copied. Log in and choose in your mail settings which e-mails you get.',
    goneTitle: 'This account no longer exists',
    goneText: 'It was deleted, so it gets no more e-mails.',
    failed: 'That did not work. Please try again.',
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
    category: categoriesDe,
  },
  unsubscribe: {
    title: 'Mails abbestellen',
    loading: 'Wird geladen…',
    question: 'Keine Mails mehr zu: {{what}}?',
    unsubscribe: 'Abbestellen',
    done: 'Du bekommst keine Mails mehr zu: {{what}}.',
    alreadyOff: 'Du bekommst keine Mails mehr zu: {{what}}.',
    undo: 'Rückgängig',
    turnBackOn: 'Wieder einschalten',
    backOn: 'Wieder eingeschaltet: Du bekommst wieder Mails zu {{what}}.',
    allSettings: 'Alle Mail-Einstellungen',
    invalidTitle: 'Dieser Link ist nicht gültig',
    invalidText:
      'Vielleicht wurde er beim Kopieren abgeschnitten. Melde Dich an und wähle in Deinen Mail-Einstellungen, welche Mails Du bekommst.',
    goneTitle: 'Dieses Konto gibt es nicht mehr',
    goneText: 'Es wurde gelöscht und bekommt keine Mails mehr.',
    failed: 'Das hat nicht geklappt. Bitte versuch es noch einmal.',
  },
};
