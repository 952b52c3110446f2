import { describe, expect, it } from '@jest/globals';
import { browserLanguage } from './i18n';

describe('browserLanguage', () => {
  it('speaks German to an Austrian browser', () => {
    expect(browserLanguage(['de-AT', 'en-US'])).toBe('de');
  });

  it('takes the first language Neuland speaks from the list', () => {
    expect(browserLanguage(['fr-FR', 'de', 'en'])).toBe('de');
  });

  it('falls back to English for a language Neuland does not speak', () => {
    expect(browserLanguage(['fr-FR', 'es'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});
