// Sample export files, built the way each network writes them.
export const mastodonFollowing = (addresses: string[]) =>
  [
    'Account address,Show boosts,Notify on new posts,Languages',
    ...addresses.map((a) => `${a},true,false,`),
  ].join('\n') + '\n';

export interface LinkedInConnection {
  firstName: string;
  lastName: string;
  url: string;
  email?: string;
}

export const linkedInConnections = (connections: LinkedInConnection[]) =>
  [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...connections.map(
      (c) => `${c.firstName},${c.lastName},${c.url},${c.email ?? ''},"ACME, Inc.",Engineer,01 Feb 2024`,
    ),
  ].join('\r\n') + '\r\n';

export const xFollowing = (accountIds: string[]) =>
  `window.YTD.following.part0 = ${JSON.stringify(
    accountIds.map((accountId) => ({
      following: { accountId, userLink: `https://twitter.com/intent/user?user_id=${accountId}` },
    })),
    null,
    2,
  )}`;
