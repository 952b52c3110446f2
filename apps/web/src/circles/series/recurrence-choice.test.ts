import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import { en } from '../../i18n/en';
import { de } from '../../i18n/de';
import { choiceOf, type RecurrenceChoice, ruleOf, summaryOf } from './recurrence-choice';

const choice = (change: Partial<RecurrenceChoice>): RecurrenceChoice => ({
  repeats: 'weekly',
  interval: 1,
  ends: 'count',
  until: '',
  count: 10,
  ...change,
});

describe('the repeats choice', () => {
  // 2027-03-09 is the 2nd Tuesday of March.
  const start = '2027-03-09T19:00';

  it('makes the rule from the first meetup’s weekday and week of the month', () => {
    expect(ruleOf(choice({ interval: 2 }), start)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10');
    expect(ruleOf(choice({ repeats: 'monthlyNth', ends: 'until', until: '2027-12-31' }), start)).toBe(
      'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;UNTIL=20271231',
    );
    expect(ruleOf(choice({ repeats: 'monthlyLast' }), start)).toBe(
      'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1;COUNT=10',
    );
    expect(ruleOf(choice({ repeats: 'never' }), start)).toBeNull();
  });

  it('says it in words, in English and German, and reads its own rule back', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, de: { translation: de } }, lng: 'en' });
    const nth = choice({ repeats: 'monthlyNth', ends: 'count', count: 6 });
    expect(summaryOf(nth, start, i18n.t, 'en')).toBe('every 2nd Tuesday of the month, 19:00, 6 times');
    await i18n.changeLanguage('de');
    expect(summaryOf(nth, start, i18n.t, 'de')).toBe('jeden 2. Dienstag im Monat, 19:00, 6-mal');
    expect(choiceOf(ruleOf(nth, start)!)).toEqual({ ...nth, until: '' });
  });
});
