// The texts of seat offers and newcomer seats.
export const seatsEn = {
  handOn: "Can't come? Give your seat to someone you know",
  dialogTitle: 'Give your seat to someone you know',
  dialogText:
    'They are on the waitlist and you know each other online. They get a mail and can take your seat for a few hours; if they do not, it goes to the next person on the waitlist. Until then it stays yours.',
  pick: 'Who should get your seat?',
  nobody: 'Nobody on the waitlist is someone you know online.',
  loading: 'Loading the waitlist…',
  offer: 'Offer my seat',
  keep: 'Keep my seat',
  pickSomeone: 'Please choose someone.',
  offered: 'You offered your seat to {{name}}. They can take it until {{until}}; until then it stays yours.',
  forYouTitle: '{{name}} is giving you their seat',
  forYouText: 'Take it until {{until}}, or say no and it goes to the next person on the waitlist.',
  take: 'Take the seat',
  decline: 'No, thanks',
  taken: 'The seat is yours.',
  kept_one: '{{count}} seat is kept for people who know nobody here yet.',
  kept_other: '{{count}} seats are kept for people who know nobody here yet.',
  errors: {
    SEAT_OFFER_CLOSED: 'This seat offer is no longer open.',
    SEAT_RECEIVER_NOT_ELIGIBLE:
      'You can give your seat only to someone on the waitlist whom you know online.',
    SEAT_RECEIVER_NOT_INVITED: 'This meetup is invite-only: your seat can go only to someone invited.',
    SEAT_ALREADY_OFFERED: 'Your seat, or this person, is already part of an open offer.',
  },
};

export const seatsDe: typeof seatsEn = {
  handOn: 'Du kannst nicht? Gib Deinen Platz jemandem, den Du kennst',
  dialogTitle: 'Gib Deinen Platz jemandem, den Du kennst',
  dialogText:
    'Die Person steht auf der Warteliste, und Ihr kennt Euch online. Sie bekommt eine Mail und kann Deinen Platz ein paar Stunden lang übernehmen; sonst geht er an die nächste Person auf der Warteliste. Bis dahin bleibt er Deiner.',
  pick: 'Wer soll Deinen Platz bekommen?',
  nobody: 'Auf der Warteliste steht niemand, den Du online kennst.',
  loading: 'Die Warteliste wird geladen …',
  offer: 'Platz anbieten',
  keep: 'Platz behalten',
  pickSomeone: 'Bitte wähle jemanden aus.',
  offered:
    'Du hast Deinen Platz {{name}} angeboten. {{name}} kann ihn bis {{until}} übernehmen; bis dahin bleibt er Deiner.',
  forYouTitle: '{{name}} gibt Dir den Platz',
  forYouText:
    'Übernimm ihn bis {{until}}, oder sag ab – dann geht er an die nächste Person auf der Warteliste.',
  take: 'Platz übernehmen',
  decline: 'Nein, danke',
  taken: 'Der Platz gehört Dir.',
  kept_one: '{{count}} Platz ist für Leute reserviert, die hier noch niemanden kennen.',
  kept_other: '{{count}} Plätze sind für Leute reserviert, die hier noch niemanden kennen.',
  errors: {
    SEAT_OFFER_CLOSED: 'Dieses Angebot gilt nicht mehr.',
    SEAT_RECEIVER_NOT_ELIGIBLE:
      'Du kannst Deinen Platz nur jemandem auf der Warteliste geben, den Du online kennst.',
    SEAT_RECEIVER_NOT_INVITED:
      'Dieses Treffen ist nur mit Einladung: Dein Platz kann nur an jemanden gehen, der eingeladen ist.',
    SEAT_ALREADY_OFFERED: 'Dein Platz oder diese Person ist schon Teil eines offenen Angebots.',
  },
};
