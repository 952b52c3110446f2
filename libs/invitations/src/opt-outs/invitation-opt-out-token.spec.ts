import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signInvitationOptOutToken, verifyInvitationOptOutToken } from './invitation-opt-out-token.js';

const SECRET = 'a test secret for invitation opt-out links';
const addressKey = createHash('sha256').update('jana@example.org').digest('hex');
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('invitation opt-out tokens', () => {
  it('names the address key and the language, and stays short enough for a path segment', () => {
    const token = signInvitationOptOutToken(SECRET, { addressKey, language: 'en' });
    expect(verifyInvitationOptOutToken(SECRET, token)).toEqual({ addressKey, language: 'en' });
    expect(token.length).toBeLessThanOrEqual(100);
    expect(token).not.toContain(addressKey);
  });

  it('refuses a token signed with another secret, or with any part changed', () => {
    const token = signInvitationOptOutToken(SECRET, { addressKey, language: 'de' });
    const [key, , signature] = token.split('.');
    const changed = [
      signInvitationOptOutToken('another secret', { addressKey, language: 'de' }),
      `${key}.en.${signature}`,
      `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}.de.${signature}`,
      `${token}.more`,
      token.slice(0, -1),
      '',
    ];
    for (const each of changed) expect(verifyInvitationOptOutToken(SECRET, each)).toBeUndefined();
  });

  it('lets only one spelling of a key pass: base64url has others for the same bytes', () => {
    const token = signInvitationOptOutToken(SECRET, { addressKey, language: 'de' });
    const [key, language, signature] = token.split('.');
    // 32 bytes take 43 characters with two spare bits at the end: flipping them keeps the bytes the same.
    const last = BASE64URL.indexOf(key.at(-1)!);
    const sameBytes = `${key.slice(0, -1)}${BASE64URL[last ^ 1]}`;
    expect(Buffer.from(sameBytes, 'base64url').toString('hex')).toBe(addressKey);
    expect(verifyInvitationOptOutToken(SECRET, `${sameBytes}.${language}.${signature}`)).toBeUndefined();
  });
});
