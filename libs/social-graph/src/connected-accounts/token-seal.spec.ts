import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { TokenSeal } from './token-seal.js';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('sealed tokens', () => {
  it('opens what it sealed, and the sealed bytes do not hold the token', () => {
    const seal = new TokenSeal([key('k1')]);
    const sealed = seal.seal('secret-access-token-123');
    expect(sealed.includes(Buffer.from('secret-access-token-123'))).toBe(false);
    expect(seal.open(sealed)).toBe('secret-access-token-123');
  });

  it('seals the same token differently each time', () => {
    const seal = new TokenSeal([key('k1')]);
    expect(seal.seal('t').equals(seal.seal('t'))).toBe(false);
  });

  it('still opens a token sealed with an older key after a rotation, and seals new ones with the new key', () => {
    const old = key('old');
    const sealedBefore = new TokenSeal([old]).seal('token-before');
    const rotated = new TokenSeal([key('new'), old]);
    expect(rotated.open(sealedBefore)).toBe('token-before');
    expect(rotated.isStale(sealedBefore)).toBe(true);
    expect(rotated.isStale(rotated.seal('token-after'))).toBe(false);
  });

  it('refuses a sealed token that was tampered with, or whose key is gone', () => {
    const k1 = key('k1');
    const sealed = new TokenSeal([k1]).seal('token');
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => new TokenSeal([k1]).open(tampered)).toThrow();
    expect(() => new TokenSeal([key('k2')]).open(sealed)).toThrow(/no longer configured/);
  });
});
