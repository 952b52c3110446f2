import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes): strong, and still fast enough for login under load.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

export async function passwordMatches(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the e-mail is unknown keeps the answer time the same for known and unknown accounts. */
export const UNKNOWN_ACCOUNT_HASH = await argon2.hash('not a password of anyone', OPTIONS);
