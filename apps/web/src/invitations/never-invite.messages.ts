// Texts of the page behind "Never invite me to Neuland again" in an invitation mail to an address.
export const neverInviteEn = {
  title: 'Never invite me to Neuland again',
  loading: 'Loading…',
  question:
    'Someone invited you to a meetup on Neuland by your e-mail address. Neuland can make sure that nobody invites this address again.',
  optOut: 'Never invite me again',
  done: 'Done: Neuland will send no more invitations to this address, from anyone.',
  alreadyOut: 'This address gets no invitations from Neuland.',
  undo: 'Undo',
  allowAgain: 'Allow invitations again',
  backOn: 'Undone: people may invite this address to meetups on Neuland again.',
  kept: 'Neuland keeps only a code made from your address, not the address itself, so that it can keep this promise.',
  invalidTitle: 'This link is not valid',
  invalidText: 'Perhaps it was cut short when it was copied. Open the link from the mail once more.',
  failed: 'That did not work. Please try again.',
};

export const neverInviteDe: typeof neverInviteEn = {
  title: 'Mich nie wieder zu Neuland einladen',
  loading: 'Wird geladen…',
  question:
    'Jemand hat Dich mit Deiner E-Mail-Adresse zu einem Treffen auf Neuland eingeladen. Neuland kann dafür sorgen, dass niemand diese Adresse noch einmal einlädt.',
  optOut: 'Nie wieder einladen',
  done: 'Erledigt: Neuland schickt an diese Adresse keine Einladungen mehr, von niemandem.',
  alreadyOut: 'Diese Adresse bekommt keine Einladungen von Neuland.',
  undo: 'Rückgängig',
  allowAgain: 'Einladungen wieder erlauben',
  backOn: 'Rückgängig gemacht: Diese Adresse darf wieder zu Treffen auf Neuland eingeladen werden.',
  kept: 'Neuland behält dafür nur einen aus Deiner Adresse gebildeten Code, nicht die Adresse selbst.',
  invalidTitle: 'Dieser Link ist nicht gültig',
  invalidText: 'Vielleicht wurde er beim Kopieren abgeschnitten. Öffne den Link aus der Mail noch einmal.',
  failed: 'Das hat nicht geklappt. Bitte versuch es noch einmal.',
};
