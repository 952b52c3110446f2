// Where a member's account elsewhere lives on the web, from the normalised handle libs/profiles keeps.

export function socialAccountUrl(platform: string, handle: string): string | null {
  const path = encodeURIComponent(handle);
  switch (platform) {
    case 'mastodon': {
      const [user, instance] = handle.split('@');
      return user && instance ? `https://${instance}/@${encodeURIComponent(user)}` : null;
    }
    case 'bluesky':
      return `https://bsky.app/profile/${path}`;
    case 'x':
      return `https://x.com/${path}`;
    case 'linkedin':
      return `https://www.linkedin.com/in/${path}`;
    case 'instagram':
      return `https://www.instagram.com/${path}`;
    case 'facebook':
      return `https://www.facebook.com/${path}`;
    case 'website':
      return `https://${encodeURI(handle)}`;
    default:
      return null;
  }
}

/** As people write it: `@sabine@mastodon.social`, `sabine.example/blog`. */
export const socialAccountLabel = (platform: string, handle: string) =>
  platform === 'website' || platform === 'linkedin' ? handle : `@${handle}`;
