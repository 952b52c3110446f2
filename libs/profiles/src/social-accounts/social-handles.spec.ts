import { describe, expect, it } from '@jest/globals';
import { normaliseHandle, recogniseHandle } from './social-handles.js';

describe('normaliseHandle', () => {
  it.each([
    ['mastodon', '@Sabine@Mastodon.Social', 'sabine@mastodon.social'],
    ['mastodon', 'sabine@mastodon.social', 'sabine@mastodon.social'],
    ['mastodon', 'https://Mastodon.Social/@Sabine', 'sabine@mastodon.social'],
    ['x', '@JackDorsey', 'jackdorsey'],
    ['x', 'https://twitter.com/JackDorsey/', 'jackdorsey'],
    ['x', 'https://x.com/intent/user?user_id=12', 'id:12'],
    ['linkedin', 'https://www.linkedin.com/in/Jan-Mueller-123/', 'jan-mueller-123'],
    ['linkedin', 'https://de.linkedin.com/in/j%C3%BCrgen-k', 'jürgen-k'],
    ['bluesky', '@Alice.bsky.social', 'alice.bsky.social'],
    ['bluesky', 'https://bsky.app/profile/alice.bsky.social', 'alice.bsky.social'],
    ['bluesky', 'did:plc:z72i7hdynmk6r22z27h6tvur', 'did:plc:z72i7hdynmk6r22z27h6tvur'],
    ['instagram', 'https://www.instagram.com/Some.One/', 'some.one'],
    ['facebook', 'https://facebook.com/profile.php?id=1000', 'id:1000'],
    ['website', 'HTTPS://www.Example.org/About/', 'example.org/about'],
    ['website', 'example.org', 'example.org'],
  ] as const)('normalises %s %s to %s', (platform, input, expected) => {
    expect(normaliseHandle(platform, input)).toBe(expected);
  });

  it.each([
    ['mastodon', 'sabine'],
    ['mastodon', '@a@b@c.social'],
    ['x', 'this-handle-is-far-too-long'],
    ['linkedin', 'https://www.linkedin.com/company/acme'],
    ['x', 'https://evil.example/sabine'],
    ['website', 'not a url'],
  ] as const)('refuses %s %s', (platform, input) => {
    expect(normaliseHandle(platform, input)).toBeNull();
  });
});

describe('recogniseHandle', () => {
  it('tells platforms apart by URL and by shape, and refuses a bare @name as ambiguous', () => {
    expect(recogniseHandle('https://mastodon.social/@sabine')).toEqual({
      platform: 'mastodon',
      handle: 'sabine@mastodon.social',
    });
    expect(recogniseHandle('@Sabine@Mastodon.Social')).toEqual({
      platform: 'mastodon',
      handle: 'sabine@mastodon.social',
    });
    expect(recogniseHandle('sabine@example.org')).toEqual({
      platform: 'email',
      handle: 'sabine@example.org',
    });
    expect(recogniseHandle('www.linkedin.com/in/someone-1')).toEqual({
      platform: 'linkedin',
      handle: 'someone-1',
    });
    expect(recogniseHandle('@sabine')).toEqual({ rejected: 'AMBIGUOUS_HANDLE' });
    expect(recogniseHandle('=HYPERLINK("http://evil.example")')).toEqual({ rejected: 'FORMULA_CELL' });
    expect(recogniseHandle('-@SUM(1+1)')).toEqual({ rejected: 'FORMULA_CELL' });
  });
});
