// The small HTML pages behind the `List-Unsubscribe` link of an invitation to an address, for mail clients that
// open it in a browser instead of posting to it: what it would do, and that it was done.
import { htmlLayout } from '@neuland/mail';
import type { OptOutLanguage } from './invitation-opt-out-token.js';

const WORDS = {
  de: {
    title: 'Keine Einladungen mehr',
    question: 'Neuland schickt an diese Adresse keine Einladungen zu Treffen mehr, von niemandem.',
    button: 'Mich nie wieder zu Neuland einladen',
    done: 'Erledigt: Neuland schickt an diese Adresse keine Einladungen mehr.',
  },
  en: {
    title: 'No more invitations',
    question: 'Neuland will send no more invitations to meetups to this address, from anyone.',
    button: 'Never invite me to Neuland again',
    done: 'Done: Neuland will send no more invitations to this address.',
  },
} as const;

export function confirmInvitationOptOutPage(language: OptOutLanguage): string {
  const w = WORDS[language];
  // The form posts exactly what an RFC 8058 one-click client posts, to the same URL.
  return htmlLayout(
    w.title,
    `<h1 style="font-size:20px">${w.title}</h1><p>${w.question}</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${w.button}</button></form>`,
  );
}

export function invitationOptedOutPage(language: OptOutLanguage): string {
  const w = WORDS[language];
  return htmlLayout(w.title, `<h1 style="font-size:20px">${w.title}</h1><p>${w.done}</p>`);
}
