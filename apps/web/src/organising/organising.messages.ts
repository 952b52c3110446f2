// Texts about organising: the "New meetup" / "Become an organiser" links and the request page.

export const organisingEn = {
  organising: {
    newMeetup: 'New meetup',
    become: 'Become an organiser',
    title: 'Become an organiser',
    intro:
      'Organisers create and publish meetups. Tell the admins in a few words what you would like to organise; you get a mail when they have decided.',
    message: 'What would you like to organise?',
    messageHint: 'At least 10 characters.',
    submit: 'Send my request',
    pending: 'Your request to become an organiser is waiting for the admins.',
    declined: 'The admins did not approve your last request. You can ask again.',
    approved: 'You are an organiser: create your first meetup.',
    already: 'You may create meetups.',
    verifyFirst: 'Confirm your e-mail address first: then you can create meetups.',
    logInFirst: 'Log in to create meetups.',
    loading: 'Loading…',
  },
};

export const organisingDe: typeof organisingEn = {
  organising: {
    newMeetup: 'Neues Meetup',
    become: 'Organisator*in werden',
    title: 'Organisator*in werden',
    intro:
      'Organisator*innen legen Meetups an und veröffentlichen sie. Schreib den Admins in ein paar Worten, was Du organisieren möchtest; Du bekommst eine Mail, sobald sie entschieden haben.',
    message: 'Was möchtest Du organisieren?',
    messageHint: 'Mindestens 10 Zeichen.',
    submit: 'Anfrage senden',
    pending: 'Deine Anfrage, Organisator*in zu werden, liegt bei den Admins.',
    declined: 'Die Admins haben Deine letzte Anfrage nicht angenommen. Du kannst noch einmal fragen.',
    approved: 'Du bist Organisator*in: Leg Dein erstes Meetup an.',
    already: 'Du kannst Meetups anlegen.',
    verifyFirst: 'Bestätige zuerst Deine E-Mail-Adresse: Dann kannst Du Meetups anlegen.',
    logInFirst: 'Melde Dich an, um Meetups anzulegen.',
    loading: 'Wird geladen…',
  },
};
