import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { hashInvitationToken, issueInvitationToken, looksLikeInvitationToken } from './invitation-token.js';

describe('invitation tokens', () => {
  it('hands out 32 random bytes as base64url and keeps only their SHA-256', () => {
    const { token, hash } = issueInvitationToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toEqual(createHash('sha256').update(token).digest());
    expect(hashInvitationToken(token)).toEqual(hash);
  });

  it('never hands out the same token twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => issueInvitationToken().token));
    expect(tokens.size).toBe(1000);
  });

  it('refuses anything that cannot be a token before it reaches the database', () => {
    expect(looksLikeInvitationToken(issueInvitationToken().token)).toBe(true);
    expect(looksLikeInvitationToken('short')).toBe(false);
    expect(looksLikeInvitationToken(`${'a'.repeat(42)}=`)).toBe(false);
    expect(looksLikeInvitationToken('a'.repeat(44))).toBe(false);
  });
});
