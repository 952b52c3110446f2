// Texts of the contact import page.
export const contactImportsEn = {
  title: 'Import my contacts',
  intro:
    'Upload the list of people you follow on another network. Neuland finds those who are members, so it can tell you whom you know at a meetup.',
  source: 'Where is the list from?',
  'format_mastodon-csv': 'Mastodon (following_accounts.csv)',
  'format_linkedin-csv': 'LinkedIn (Connections.csv)',
  'format_x-following-js': 'X (following.js from your archive)',
  'format_text-list': 'A plain list (one handle or profile URL per line)',
  'how_mastodon-csv': 'On Mastodon: Preferences → Import and export → Data export → "Follows" (CSV).',
  'how_linkedin-csv':
    'On LinkedIn: Settings → Data privacy → Get a copy of your data → Connections. Unzip it and pick Connections.csv.',
  'how_x-following-js':
    'On X: Settings → Your account → Download an archive of your data. Unzip it and pick data/following.js.',
  'how_text-list': 'A .txt file with one handle or profile URL per line, such as @sabine@mastodon.social.',
  file: 'File',
  privacy: 'Neuland keeps only the accounts it recognises, never names, and nobody else sees your list.',
  upload: 'Import',
  summaryTitle: 'Imported',
  rowsRead: 'Rows read',
  recognised: 'Recognised',
  matched: 'Members found by handle or profile URL',
  rejected: 'Rejected rows',
  unmatchedLater: 'Handles and profile URLs not found yet are matched when their owners join Neuland later.',
  addresses:
    "E-mail addresses are never counted here, so that an import cannot tell whether an address is on Neuland. They are matched all the same: we'll tell you when people you know join, at the meetups you both go to.",
  rejectedRows: 'Rejected rows',
  row: 'Row {{row}}',
  reason_NOT_A_HANDLE: 'not a handle or profile URL',
  reason_AMBIGUOUS_HANDLE: 'the handle could belong to several accounts',
  reason_FORMULA_CELL: 'holds a spreadsheet formula, which is never read',
  reason_ROW_TOO_LONG: 'the row is too long',
  reason_NO_ACCOUNT_IN_ROW: 'no account or e-mail address in this row',
  error_IMPORT_TOO_LARGE: 'This file is too large: a file may be at most 10 MB.',
  error_IMPORT_TOO_MANY_ROWS: 'This file has too many rows. Split it into smaller files.',
  error_UNRECOGNISED_IMPORT_FILE:
    'Neuland does not recognise this file. Choose one of the exports listed above, or a plain list.',
  error_MALFORMED_IMPORT_FILE: 'This file is damaged and cannot be read. Download it again.',
  error_UPLOAD_REQUIRED: 'Choose a file first.',
  error_EMAIL_NOT_VERIFIED: 'Confirm your e-mail address first: open the link we sent you.',
  error_RATE_LIMITED: 'You have imported as many files as an hour allows. Try again after {{time}}.',
  earlier: 'Earlier imports',
  loading: 'Loading…',
  loadFailed: 'Your imports could not be loaded. Please reload the page.',
  none: 'No imports yet.',
  line: '{{rows}} rows, {{matched}} found by handle or profile URL',
  delete: 'Delete',
  deleteFrom: 'Delete the import of {{date}}',
  deleteHint: 'Deleting an import forgets the contacts it brought in.',
};

export const contactImportsDe: typeof contactImportsEn = {
  title: 'Meine Kontakte importieren',
  intro:
    'Lade die Liste der Leute hoch, denen Du in einem anderen Netzwerk folgst. Neuland findet die, die Mitglied sind, und kann Dir so sagen, wen Du bei einem Treffen kennst.',
  source: 'Woher stammt die Liste?',
  'format_mastodon-csv': 'Mastodon (following_accounts.csv)',
  'format_linkedin-csv': 'LinkedIn (Connections.csv)',
  'format_x-following-js': 'X (following.js aus Deinem Archiv)',
  'format_text-list': 'Eine einfache Liste (ein Handle oder eine Profil-URL pro Zeile)',
  'how_mastodon-csv': 'Bei Mastodon: Einstellungen → Import und Export → Datenexport → „Folgt“ (CSV).',
  'how_linkedin-csv':
    'Bei LinkedIn: Einstellungen → Datenschutz → Kopie Ihrer Daten → Kontakte. Entpack sie und wähl Connections.csv.',
  'how_x-following-js':
    'Bei X: Einstellungen → Dein Konto → Archiv Deiner Daten herunterladen. Entpack es und wähl data/following.js.',
  'how_text-list':
    'Eine .txt-Datei mit einem Handle oder einer Profil-URL pro Zeile, etwa @sabine@mastodon.social.',
  file: 'Datei',
  privacy: 'Neuland behält nur die Konten, die es erkennt, nie Namen, und niemand sonst sieht Deine Liste.',
  upload: 'Importieren',
  summaryTitle: 'Importiert',
  rowsRead: 'Gelesene Zeilen',
  recognised: 'Erkannt',
  matched: 'Mitglieder, gefunden über Handle oder Profil-URL',
  rejected: 'Abgelehnte Zeilen',
  unmatchedLater:
    'Handles und Profil-URLs, die noch niemandem gehören, werden gefunden, sobald ihre Besitzer Neuland beitreten.',
  addresses:
    'E-Mail-Adressen werden hier nie mitgezählt, damit ein Import nicht verrät, ob eine Adresse bei Neuland ist. Gefunden werden sie trotzdem: Wir sagen Dir Bescheid, wenn Leute, die Du kennst, dabei sind – bei den Treffen, zu denen Ihr beide geht.',
  rejectedRows: 'Abgelehnte Zeilen',
  row: 'Zeile {{row}}',
  reason_NOT_A_HANDLE: 'kein Handle und keine Profil-URL',
  reason_AMBIGUOUS_HANDLE: 'das Handle könnte zu mehreren Konten gehören',
  reason_FORMULA_CELL: 'enthält eine Tabellenformel, die nie gelesen wird',
  reason_ROW_TOO_LONG: 'die Zeile ist zu lang',
  reason_NO_ACCOUNT_IN_ROW: 'kein Konto und keine E-Mail-Adresse in dieser Zeile',
  error_IMPORT_TOO_LARGE: 'Diese Datei ist zu groß: Eine Datei darf höchstens 10 MB haben.',
  error_IMPORT_TOO_MANY_ROWS: 'Diese Datei hat zu viele Zeilen. Teil sie in kleinere Dateien auf.',
  error_UNRECOGNISED_IMPORT_FILE:
    'Neuland erkennt diese Datei nicht. Wähl einen der oben genannten Exporte oder eine einfache Liste.',
  error_MALFORMED_IMPORT_FILE:
    'Diese Datei ist beschädigt und kann nicht gelesen werden. Lad sie neu herunter.',
  error_UPLOAD_REQUIRED: 'Wähl zuerst eine Datei.',
  error_EMAIL_NOT_VERIFIED:
    'Bestätige zuerst Deine E-Mail-Adresse: Öffne den Link, den wir Dir geschickt haben.',
  error_RATE_LIMITED:
    'Du hast so viele Dateien importiert, wie eine Stunde erlaubt. Versuch es wieder ab {{time}}.',
  earlier: 'Frühere Importe',
  loading: 'Wird geladen…',
  loadFailed: 'Deine Importe konnten nicht geladen werden. Bitte lade die Seite neu.',
  none: 'Noch keine Importe.',
  line: '{{rows}} Zeilen, {{matched}} über Handle oder Profil-URL gefunden',
  delete: 'Löschen',
  deleteFrom: 'Den Import vom {{date}} löschen',
  deleteHint: 'Wer einen Import löscht, lässt Neuland die Kontakte daraus vergessen.',
};
