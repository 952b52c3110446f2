import { describe, expect, it } from '@jest/globals';
import { nestsDeeperThan } from './bounded-json-body.js';

const deeper = (json: string, maxDepth: number) => nestsDeeperThan(Buffer.from(json), maxDepth);

describe('the nesting depth of a JSON body', () => {
  it('counts objects and arrays together', () => {
    expect(deeper('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(deeper('{"a":[{"b":[[]]}]}', 4)).toBe(true);
    expect(deeper('1', 0)).toBe(false);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(deeper('{"a":"[[[[{{{{"}', 1)).toBe(false);
    expect(deeper('{"a":"\\"[[[[","b":"\\\\"}', 1)).toBe(false);
    expect(deeper('{"a":"\\\\","b":[[]]}', 2)).toBe(true);
  });

  it('scans 100,000 levels without recursion', () => {
    expect(deeper('['.repeat(100_000) + ']'.repeat(100_000), 32)).toBe(true);
  });
});
