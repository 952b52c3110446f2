import type { Messages } from './en';

export const de: Messages = {
  app: {
    name: 'Neuland',
    tagline: 'Triff die Leute, die du online schon kennst.',
    skipToContent: 'Zum Inhalt springen',
  },
  nav: { home: 'Start', logIn: 'Anmelden', signUp: 'Registrieren', logOut: 'Abmelden', language: 'Sprache' },
  form: {
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    passwordHint: 'Mindestens 10 Zeichen.',
    displayName: 'Dein Name',
    displayNameHint: 'So, wie man dich online kennt.',
    fixFields: 'Bitte prüfe die markierten Felder.',
    failed: 'Das hat nicht geklappt. Bitte versuch es noch einmal.',
    sending: 'Einen Moment …',
  },
  signUp: {
    title: 'Registrieren',
    intro: 'Vor einem Treffen zeigt dir Neuland, wen im Raum du online schon kennst.',
    submit: 'Konto anlegen',
    haveAccount: 'Schon ein Konto?',
    emailTaken: 'Zu dieser E-Mail-Adresse gibt es schon ein Konto. Lieber anmelden?',
  },
  logIn: {
    title: 'Anmelden',
    submit: 'Anmelden',
    noAccount: 'Neu bei Neuland?',
    invalid: 'E-Mail-Adresse oder Passwort stimmt nicht.',
    tooMany: 'Zu viele Versuche. Bitte warte eine Minute.',
  },
  home: {
    welcome: 'Hallo, {{name}}!',
    upcomingTitle: 'Kommende Treffen',
    noMeetups: 'Noch keine Treffen. Wenn Leute, die du kennst, eins in deiner Nähe planen, steht es hier.',
    guestTitle: 'Von Online-Kontakten zu echten Treffen',
    guestText: 'Geh zu einem Treffen in deiner Stadt und erfahre vorher, wen im Raum du online schon kennst.',
    loading: 'Wird geladen …',
    loadFailed: 'Neuland ist nicht erreichbar. Prüfe deine Verbindung und lade die Seite neu.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Unter dieser Adresse gibt es nichts. Vielleicht ist der Link abgeschnitten, oder die Seite ist umgezogen.',
    home: 'Zur Startseite',
  },
};
