// Texts of the account pages: confirming the e-mail address and setting a new password.
export const accountsEn = {
  verify: {
    title: 'Confirm your e-mail address',
    intro: 'One click, and you can RSVP, invite people and import your contacts.',
    submit: 'Confirm my address',
    done: 'Your e-mail address is confirmed.',
    continue: 'Continue',
    invalid: 'This link is unknown, used or expired.',
    askAgain: 'Ask for a new link',
    logIn: 'Log in now to go on.',
    requestTitle: 'Confirm your e-mail address',
    requestIntro:
      'Enter the address you signed up with. If its account is not confirmed yet, we mail you a new link.',
    requestSubmit: 'Send me a new link',
    requested:
      'If an unconfirmed account uses this address, a new link is on its way. It works for 48 hours.',
  },
  unverified: {
    notice: 'Please confirm your e-mail address {{email}}: open the link we mailed you.',
    resend: 'Send the link again',
    resent: 'Sent. Check your inbox (and the spam folder).',
    required: 'Confirm your e-mail address first: open the link we mailed you.',
  },
  reset: {
    title: 'Set a new password',
    forgot: 'Forgot your password?',
    requestIntro: 'Enter the address you signed up with; we mail you a link to set a new password.',
    requestSubmit: 'Send me the link',
    requested: 'If an account uses this address, the link is on its way. It works for one hour.',
    newPassword: 'New password',
    confirmSubmit: 'Save the new password',
    done: 'Your new password is saved. For safety, every device was logged out: log in with it now.',
    logIn: 'Log in now',
    invalid: 'This link is unknown, used or expired. Ask for a new one below.',
  },
};

export const accountsDe: typeof accountsEn = {
  verify: {
    title: 'Bestätige Deine E-Mail-Adresse',
    intro: 'Ein Klick, und Du kannst zusagen, Leute einladen und Deine Kontakte importieren.',
    submit: 'Adresse bestätigen',
    done: 'Deine E-Mail-Adresse ist bestätigt.',
    continue: 'Weiter',
    invalid: 'Dieser Link ist unbekannt, benutzt oder abgelaufen.',
    askAgain: 'Neuen Link anfordern',
    logIn: 'Melde Dich jetzt an, um weiterzumachen.',
    requestTitle: 'Bestätige Deine E-Mail-Adresse',
    requestIntro:
      'Gib die Adresse ein, mit der Du Dich registriert hast. Ist ihr Konto noch nicht bestätigt, mailen wir Dir einen neuen Link.',
    requestSubmit: 'Neuen Link senden',
    requested:
      'Wenn ein noch nicht bestätigtes Konto diese Adresse nutzt, ist ein neuer Link unterwegs. Er gilt 48 Stunden.',
  },
  unverified: {
    notice: 'Bitte bestätige Deine E-Mail-Adresse {{email}}: Öffne den Link, den wir Dir gemailt haben.',
    resend: 'Link noch einmal senden',
    resent: 'Gesendet. Schau in Dein Postfach (und in den Spam-Ordner).',
    required: 'Bestätige zuerst Deine E-Mail-Adresse: Öffne den Link, den wir Dir gemailt haben.',
  },
  reset: {
    title: 'Neues Passwort setzen',
    forgot: 'Passwort vergessen?',
    requestIntro:
      'Gib die Adresse ein, mit der Du Dich angemeldet hast; wir mailen Dir einen Link für ein neues Passwort.',
    requestSubmit: 'Link senden',
    requested: 'Wenn ein Konto diese Adresse nutzt, ist der Link unterwegs. Er gilt eine Stunde.',
    newPassword: 'Neues Passwort',
    confirmSubmit: 'Neues Passwort speichern',
    done: 'Dein neues Passwort ist gespeichert. Zur Sicherheit wurden alle Geräte abgemeldet: Melde Dich jetzt damit an.',
    logIn: 'Jetzt anmelden',
    invalid: 'Dieser Link ist unbekannt, benutzt oder abgelaufen. Fordere unten einen neuen an.',
  },
};
