import { createSecretKey, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { CheckedTokens, MAX_CHECKED_TOKENS } from './checked-tokens.js';

const jwtWith = (key = createSecretKey(randomBytes(32))) =>
  new JwtService({
    secretOrKeyProvider: () => key,
    signOptions: { algorithm: 'HS256' },
    verifyOptions: { algorithms: ['HS256'] },
  });

const claims = (n = 1) => ({ sub: `member-${n}`, sid: `session-${n}` });

describe('CheckedTokens', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('gives the claims of a token signed with our key, checking its signature only on first use', () => {
    const jwt = jwtWith();
    const verify = jest.spyOn(jwt, 'verify');
    const tokens = new CheckedTokens(jwt);
    const token = jwt.sign(claims(), { expiresIn: 900 });

    expect(tokens.claimsOf(token)).toEqual(expect.objectContaining(claims()));
    expect(tokens.claimsOf(token)).toEqual(expect.objectContaining(claims()));
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('refuses a token signed with another key, a changed one and garbage, every time', () => {
    const jwt = jwtWith();
    const tokens = new CheckedTokens(jwt);
    const forged = jwtWith().sign(claims(), { expiresIn: 900 });
    const [header, , signature] = jwt.sign(claims(), { expiresIn: 900 }).split('.');
    const otherBody = jwt.sign(claims(2), { expiresIn: 900 }).split('.')[1];
    const changed = [header, otherBody, signature].join('.');

    for (const token of [forged, changed, 'not.a.token', '']) {
      expect(tokens.claimsOf(token)).toBeUndefined();
      expect(tokens.claimsOf(token)).toBeUndefined();
    }
  });

  it('refuses a token from the second its expiry names, though it was accepted before', () => {
    const jwt = jwtWith();
    const tokens = new CheckedTokens(jwt);
    const start = Date.now();
    const token = jwt.sign(claims(), { expiresIn: 60 });
    const { exp } = jwt.decode<{ exp: number }>(token);
    expect(tokens.claimsOf(token)).toBeDefined();

    const now = jest.spyOn(Date, 'now');
    now.mockReturnValue(exp * 1000 - 1);
    expect(tokens.claimsOf(token)).toBeDefined();
    now.mockReturnValue(exp * 1000);
    expect(tokens.claimsOf(token)).toBeUndefined();
    // Not kept either: back before the expiry (a clock set back), the signature is checked again and holds.
    now.mockReturnValue(start);
    expect(tokens.claimsOf(token)).toBeDefined();
  });

  it(`keeps at most ${MAX_CHECKED_TOKENS} tokens, pushing out the oldest`, () => {
    const jwt = jwtWith();
    const tokens = new CheckedTokens(jwt);
    const signed = Array.from({ length: MAX_CHECKED_TOKENS + 1 }, (_, n) =>
      jwt.sign(claims(n), { expiresIn: 900 }),
    );
    for (const token of signed) tokens.claimsOf(token);
    const verify = jest.spyOn(jwt, 'verify');

    expect(tokens.claimsOf(signed[MAX_CHECKED_TOKENS])).toEqual(
      expect.objectContaining(claims(MAX_CHECKED_TOKENS)),
    );
    expect(verify).not.toHaveBeenCalled();
    expect(tokens.claimsOf(signed[0])).toEqual(expect.objectContaining(claims(0)));
    expect(verify).toHaveBeenCalledTimes(1);
  });
});
