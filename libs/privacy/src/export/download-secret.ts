import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newDownloadSecret = () => randomBytes(32).toString('base64url');

export const hashOfSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function secretMatches(secret: string, hash: string | null): boolean {
  if (!hash) return false;
  return timingSafeEqual(Buffer.from(hashOfSecret(secret)), Buffer.from(hash));
}
