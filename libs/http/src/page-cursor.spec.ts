import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor } from './page-cursor.js';

const id = '0b5c8a8e-6f0e-4a4e-9d43-8f3b1f5c2a10';
const refused = (cursor: string, shape: Parameters<typeof decodeCursor>[1]) => () =>
  decodeCursor(cursor, shape);

describe('page cursors', () => {
  it('give back the key they were made from', () => {
    const key = ['2026-12-03T17:30:00.000Z', id];
    expect(decodeCursor(encodeCursor(key), ['timestamp', 'uuid'])).toEqual(key);
    expect(decodeCursor(encodeCursor([1, '20261203173000123456', id]), ['integer', 'text', 'uuid'])).toEqual([
      1,
      '20261203173000123456',
      id,
    ]);
    expect(decodeCursor(encodeCursor(['2026-02-28', id]), ['date', 'uuid'])).toEqual(['2026-02-28', id]);
    expect(decodeCursor(undefined, ['text'])).toBeUndefined();
  });

  it('are refused when a part has the wrong type or value', () => {
    const cases: [unknown[], Parameters<typeof decodeCursor>[1]][] = [
      [
        ['2026-12-03T17:30:00Z', id],
        ['timestamp', 'uuid'],
      ],
      [
        ['2026-02-30T10:00:00.000Z', id],
        ['timestamp', 'uuid'],
      ],
      [
        ['0000-01-01T00:00:00.000Z', id],
        ['timestamp', 'uuid'],
      ],
      [
        ['2026-02-30', id],
        ['date', 'uuid'],
      ],
      [
        ['2026-12-03T17:30:00.000Z', 'not-a-uuid'],
        ['timestamp', 'uuid'],
      ],
      [
        [1.5, 'x', id],
        ['integer', 'text', 'uuid'],
      ],
      [
        [2 ** 31, 'x', id],
        ['integer', 'text', 'uuid'],
      ],
      [['x'.repeat(201)], ['text']],
      [['a\u0000b'], ['text']],
      [[id, id, id], ['text']],
    ];
    for (const [key, shape] of cases) {
      expect(refused(encodeCursor(key), shape)).toThrow('The cursor is not one this API handed out.');
    }
  });

  it('are refused when they are not base64url of a JSON array', () => {
    for (const cursor of ['a+b/c==', Buffer.from('{').toString('base64url'), encodeCursor({} as never)]) {
      expect(refused(cursor, ['text'])).toThrow('The cursor is not one this API handed out.');
    }
  });
});
