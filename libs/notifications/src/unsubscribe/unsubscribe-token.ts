// Signed one-click unsubscribe tokens: `<userId>.<category>.<hmac>`, base64url. No login needed, no expiry
// (RFC 8058 links must keep working), and a token turns off exactly one category of one person.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../notification-kinds.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface UnsubscribeClaim {
  userId: string;
  category: NotificationCategory;
}

const signature = (secret: string, userId: string, category: string) =>
  createHmac('sha256', secret).update(`unsubscribe\n${userId}\n${category}`).digest('base64url');

export function signUnsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  return `${claim.userId}.${claim.category}.${signature(secret, claim.userId, claim.category)}`;
}

/** The claim of a genuine token, or undefined for anything else (forged, truncated, garbage). */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | undefined {
  const [userId, category, given, ...rest] = token.split('.');
  if (rest.length > 0 || !userId || !category || !given) return undefined;
  if (!UUID.test(userId) || !(NOTIFICATION_CATEGORIES as readonly string[]).includes(category))
    return undefined;
  const expected = Buffer.from(signature(secret, userId, category));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return { userId, category: category as NotificationCategory };
}

/** For the `List-Unsubscribe` header: mail clients POST to it (RFC 8058), so it must stay the API's route. */
export const unsubscribeUrl = (appUrl: string, token: string) => `${appUrl}/api/v1/unsubscribe/${token}`;

/** For the mail's body: the web app's page, which says what was turned off and offers to undo it. */
export const unsubscribePageUrl = (appUrl: string, token: string) => `${appUrl}/unsubscribe/${token}`;

/** A circle's announcements: `<userId>.<circleId>.<hmac>`; turns that circle's setting to none for that member. */
export interface CircleUnsubscribeClaim {
  userId: string;
  circleId: string;
}

// 128 bits of the HMAC: with two UUIDs the token stays within the router's 100 characters a path parameter may have.
const circleSignature = (secret: string, userId: string, circleId: string) =>
  createHmac('sha256', secret)
    .update(`unsubscribe-circle\n${userId}\n${circleId}`)
    .digest('base64url')
    .slice(0, 22);

export function signCircleUnsubscribeToken(secret: string, claim: CircleUnsubscribeClaim): string {
  return `${claim.userId}.${claim.circleId}.${circleSignature(secret, claim.userId, claim.circleId)}`;
}

export function verifyCircleUnsubscribeToken(
  secret: string,
  token: string,
): CircleUnsubscribeClaim | undefined {
  const [userId, circleId, given, ...rest] = token.split('.');
  if (rest.length > 0 || !userId || !circleId || !given || !UUID.test(userId) || !UUID.test(circleId))
    return undefined;
  const expected = Buffer.from(circleSignature(secret, userId, circleId));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return { userId, circleId };
}

export const circleUnsubscribeUrl = (appUrl: string, token: string) =>
  `${appUrl}/api/v1/unsubscribe/circle/${token}`;
