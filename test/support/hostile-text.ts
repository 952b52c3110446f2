// Text that tries to break out of where it is written: line breaks of every kind, calendar syntax, control
// characters, escapes and more than 75 octets of multi-byte letters (where calendars fold lines).
const INJECTION = 'END:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected@evil.example\r\nSUMMARY:Injected\r\nEND:VEVENT';

export function hostileCalendarText() {
  return {
    title: `Karriere\u000b\r\n${INJECTION}\r\nX-WR-CALNAME:Owned; a, b \\ c\u001b`,
    description: `Erste Zeile\nBEGIN:VALARM\rTRIGGER:-PT1M\u0007\u001b[31m ${'Größenänderung '.repeat(8)}`,
    venueName: 'Betahaus\r\nBEGIN:VALARM',
    address: 'Eifflerstraße 43;\r\nATTENDEE:mailto:evil@example.org',
    city: 'Hamburg\nDTSTART:19700101T000000Z',
    message: `Abgesagt\r\n${INJECTION}`,
  };
}

/** What a calendar app should show of `text`: its line breaks as \n, without the other control characters. */
export const readableAsText = (text: string) =>
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
