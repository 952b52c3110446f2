// RFC 8058 one-click unsubscribe on every route behind a mail's `List-Unsubscribe` header, urlencoded and (§ 3.1)
// multipart/form-data. The routes are found in the OpenAPI document by the one-click body they document, so a route
// added later is walked too, and fails the first test until it is given a link below.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signInvitationOptOutToken } from '@neuland/invitations';
import { emailKey } from '@neuland/profiles';
import { signUnsubscribeToken } from '@neuland/notifications';
import type supertest from 'supertest';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { circleUnsubscribeTokenFor } from './support/circles.js';
import { makeMember } from './support/members.js';

/** A genuine link of a route, and how to see whether posting to it turned something off. */
interface OneClickLink {
  token: string;
  isOff: () => Promise<boolean>;
}

describe('one-click unsubscribe routes', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
  });
  afterAll(async () => {
    await api.close();
  });

  const LINKS: Record<string, () => Promise<OneClickLink>> = {
    '/api/v1/unsubscribe/{token}': async () => {
      const member = await makeMember(api);
      const token = signUnsubscribeToken(api.config.notifications.unsubscribeSecret, {
        userId: member.id,
        category: 'reminders',
      });
      const preferences = () =>
        api.http().get('/api/v1/me/notifications').set('Authorization', member.bearer).expect(200);
      return { token, isOff: async () => (await preferences()).body.reminders === false };
    },
    '/api/v1/unsubscribe/circle/{token}': async () => {
      const member = await makeMember(api);
      const { circle, token } = await circleUnsubscribeTokenFor(api, member);
      const setting = () =>
        api
          .http()
          .get(`/api/v1/circles/${circle.slug}/announcements`)
          .set('Authorization', member.bearer)
          .expect(200);
      return { token, isOff: async () => (await setting()).body.announcements === 'none' };
    },
    '/api/v1/invitation-opt-outs/{token}': async () => {
      const address = `someone-${randomBytes(6).toString('hex')}@example.org`;
      const token = signInvitationOptOutToken(api.config.notifications.unsubscribeSecret, {
        addressKey: emailKey(api.config.socialGraph.contactKeySecret, address),
        language: 'de',
      });
      const status = () => api.http().get(`/api/v1/invitation-opt-outs/${token}/status`).expect(200);
      return { token, isOff: async () => (await status()).body.optedOut === true };
    },
  };

  it('knows a link for every route the OpenAPI document gives the one-click body', async () => {
    const document = (await api.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, { post?: { requestBody?: unknown } }>;
    };
    const oneClickRoutes = Object.entries(document.paths)
      .filter(([, operations]) =>
        JSON.stringify(operations.post?.requestBody ?? {}).includes('OneClickUnsubscribeDto'),
      )
      .map(([path]) => path);
    expect(oneClickRoutes.sort()).toEqual(Object.keys(LINKS).sort());
  });

  describe.each(Object.keys(LINKS))('%s', (route) => {
    const post = (token: string) => api.http().post(route.replace('{token}', token));
    const expectRefused = async (request: supertest.Test) => {
      const response = await request.expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'ONE_CLICK_BODY_MISSING' });
    };

    it('turns it off with List-Unsubscribe=One-Click urlencoded', async () => {
      const link = await LINKS[route]();
      await post(link.token).type('form').send('List-Unsubscribe=One-Click').expect(200);
      expect(await link.isOff()).toBe(true);
    });

    it('turns it off with List-Unsubscribe=One-Click as multipart/form-data', async () => {
      const link = await LINKS[route]();
      await post(link.token).field('List-Unsubscribe', 'One-Click').expect(200);
      expect(await link.isOff()).toBe(true);
    });

    it('answers 400 ONE_CLICK_BODY_MISSING to a multipart body without the field, and turns nothing off', async () => {
      const link = await LINKS[route]();
      await expectRefused(post(link.token).field('List-Unsubscribe', 'Something-Else'));
      await expectRefused(post(link.token).field('Other', 'One-Click'));
      expect(await link.isOff()).toBe(false);
    });

    it('reads no more of a multipart body than a one-click form has: files, many fields, long values', async () => {
      const link = await LINKS[route]();
      await expectRefused(
        post(link.token)
          .field('List-Unsubscribe', 'One-Click')
          .attach('file', Buffer.alloc(64 * 1024), 'big.bin'),
      );
      const manyFields = post(link.token).field('List-Unsubscribe', 'One-Click');
      for (let field = 0; field < 20; field += 1) manyFields.field(`f${field}`, 'x');
      await expectRefused(manyFields);
      await expectRefused(post(link.token).field('List-Unsubscribe', `One-Click${' '.repeat(10_000)}`));
      expect(await link.isOff()).toBe(false);
    });
  });
});
