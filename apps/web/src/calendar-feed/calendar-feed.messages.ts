// Texts of the personal calendar feed on the settings page, in English and German.

export const calendarFeedEn = {
  calendarFeed: {
    title: 'My meetups in my calendar',
    intro:
      'A private address for your calendar app (Google, Apple, Outlook…): it lists every meetup you are going to and keeps itself up to date. Keep it to yourself.',
    loading: 'Loading…',
    loadFailed: 'Your calendar address could not be loaded. Please reload the page.',
    create: 'Create my calendar address',
    madeBefore:
      'You made your calendar address on {{date}}. For your safety Neuland shows it only once, when it is made. Lost it? Make a new one.',
    address: 'My calendar address',
    addressHint: 'In your calendar app choose "Subscribe to calendar" or "Add from URL" and paste it.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying did not work. The address is selected: copy it with your keyboard.',
    rotate: 'New address',
    rotateWarning:
      'The current address stops working at once: calendars subscribed to it stop updating until you add the new one.',
    rotateConfirm: 'Yes, make a new address',
    cancel: 'Cancel',
    rotated: 'New address made. The old one no longer works.',
    failed: 'That did not work. Please try again.',
  },
};

export const calendarFeedDe: typeof calendarFeedEn = {
  calendarFeed: {
    title: 'Meine Treffen in meinem Kalender',
    intro:
      'Eine private Adresse für Deine Kalender-App (Google, Apple, Outlook…): Sie zeigt jedes Treffen, zu dem Du gehst, und bleibt von selbst aktuell. Behalte sie für Dich.',
    loading: 'Wird geladen…',
    loadFailed: 'Deine Kalenderadresse konnte nicht geladen werden. Bitte lade die Seite neu.',
    create: 'Meine Kalenderadresse erstellen',
    madeBefore:
      'Du hast Deine Kalenderadresse am {{date}} erstellt. Zu Deiner Sicherheit zeigt Neuland sie nur einmal, beim Erstellen. Verloren? Erstelle eine neue.',
    address: 'Meine Kalenderadresse',
    addressHint:
      'Wähle in Deiner Kalender-App „Kalender abonnieren“ oder „Per URL hinzufügen“ und füge sie ein.',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren hat nicht geklappt. Die Adresse ist markiert: Kopiere sie mit der Tastatur.',
    rotate: 'Neue Adresse',
    rotateWarning:
      'Die bisherige Adresse funktioniert sofort nicht mehr: Kalender, die sie abonniert haben, werden erst wieder aktuell, wenn Du die neue einträgst.',
    rotateConfirm: 'Ja, neue Adresse erstellen',
    cancel: 'Abbrechen',
    rotated: 'Neue Adresse erstellt. Die alte funktioniert nicht mehr.',
    failed: 'Das hat nicht geklappt. Bitte versuch es noch einmal.',
  },
};
