import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';

// A stand-in build, so these tests check the serving rules without running Vite.
const INDEX_HTML =
  '<!doctype html><html><head><title>Neuland</title></head><body><div id="root"></div></body></html>';

describe('the API serving the built web app', () => {
  let api: ApiHarness;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'neuland-web-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), INDEX_HTML);
    await writeFile(join(webRoot, 'assets', 'app-abc123.js'), 'console.log("neuland")');
    api = await startApi({}, { webRoot });
  });
  afterAll(async () => {
    await api.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('serves index.html at / and for client routes such as /m/:id and /login', async () => {
    for (const path of [
      '/',
      '/login',
      '/m/5f0e4c1a-0000-4000-8000-000000000000',
      '/p/no-such-member-here?ref=mastodon',
    ]) {
      const response = await api.http().get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toBe(INDEX_HTML);
    }
  });

  it('serves built assets with a long cache lifetime', async () => {
    const response = await api.http().get('/assets/app-abc123.js').expect(200);
    expect(response.text).toContain('neuland');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('keeps unknown /api paths, missing assets and the API tools out of the fallback', async () => {
    const unknownApi = await api.http().get('/api/v1/no-such-thing').expect(404);
    expect(unknownApi.body).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
    const missingAsset = await api.http().get('/assets/gone-123.js').expect(404);
    expect(missingAsset.body.error).toBe('NOT_FOUND');
    const unknownDev = await api.http().get('/dev/nothing-here').expect(404);
    expect(unknownDev.body.error).toBe('NOT_FOUND');
    const docs = await api.http().get('/docs-json').expect(200);
    expect(docs.body.paths['/api/v1/auth/session']).toBeDefined();
    await api.http().get('/health').expect(200);
  });

  it('answers a POST to a client route with the JSON 404, not the page', async () => {
    const response = await api.http().post('/login').send({}).expect(404);
    expect(response.body.error).toBe('NOT_FOUND');
  });
});

describe('the API without a web build', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({}, { webRoot: join(tmpdir(), 'neuland-no-web-build-here') });
  });
  afterAll(() => api.close());

  it('starts and answers / with the JSON 404', async () => {
    const response = await api.http().get('/').expect(404);
    expect(response.body.error).toBe('NOT_FOUND');
    await api.http().get('/health').expect(200);
  });
});
