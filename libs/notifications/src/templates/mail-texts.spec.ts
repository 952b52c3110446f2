import { describe, expect, it } from '@jest/globals';
import { MAIL_CATALOGUES } from './mail-texts.js';

/** Every text of a catalogue by its key (`meetup.when`). */
function textsOf(catalogue: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (value && typeof value === 'object') {
      for (const [inner, text] of textsOf(value, `${prefix}${key}.`)) found.set(inner, text);
    } else found.set(`${prefix}${key}`, value);
  }
  return found;
}

const placeholdersOf = (text: unknown) =>
  [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the mail catalogues (locales/*/mail.json)', () => {
  const de = textsOf(MAIL_CATALOGUES.de);
  const en = textsOf(MAIL_CATALOGUES.en);

  it('have the same texts in German and English', () => {
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('fill in the same placeholders in both languages', () => {
    for (const [key, text] of de)
      expect({ key, placeholders: placeholdersOf(text) }).toEqual({
        key,
        placeholders: placeholdersOf(en.get(key)),
      });
  });

  it('hold only texts, none of them empty', () => {
    for (const [key, text] of [...de, ...en])
      expect({ key, text }).toEqual({ key, text: expect.stringMatching(/\S/) });
  });
});
