/** @jest-environment jsdom */
import { describe, expect, it, jest } from '@jest/globals';
import { ApiError } from '../api/api-error';
import type { ConnectedAccount } from './connected-accounts-api';

// The page against the API's answers; the browser test runs the real OAuth round trip.
let accounts: ConnectedAccount[] = [];
let blueskyAnswer: () => Promise<unknown> = () => Promise.resolve();
const startMastodon = jest.fn();
jest.unstable_mockModule('../auth/session', () => ({
  useAccount: () => ({ data: null, isSuccess: true, isPending: false, isError: false }),
  useLogOut: () => ({ mutate: jest.fn(), isPending: false }),
  useLogIn: () => ({ mutate: jest.fn(), isPending: false }),
  useSignUp: () => ({ mutate: jest.fn(), isPending: false }),
}));
const idle = { mutate: jest.fn(), isPending: false, isError: false, error: null };
jest.unstable_mockModule('./connected-accounts-api', () => ({
  useConnectedAccounts: () => ({ data: accounts, isPending: false, isError: false }),
  useStartMastodonConnection: () => ({ ...idle, mutate: startMastodon }),
  useFinishMastodonConnection: () => idle,
  useConnectBluesky: () => ({
    ...idle,
    mutate: (_handle: string, callbacks: { onSuccess: () => void; onError: (e: unknown) => void }) => {
      blueskyAnswer().then(callbacks.onSuccess, callbacks.onError);
    },
  }),
  useRefreshConnection: () => idle,
  useDisconnect: () => idle,
}));

const { fireEvent, screen } = await import('@testing-library/react');
const { renderApp } = await import('../../test/render-app');

const account = (changes: Partial<ConnectedAccount>): ConnectedAccount => ({
  id: '7d0c7c39-5d3b-4a0b-9d3e-0a1b2c3d4e5f',
  network: 'mastodon',
  handle: 'ada@mastodon.example',
  server: 'mastodon.example',
  status: 'connected',
  reason: null,
  accountsFound: 120,
  matchedMembers: 2,
  lastReadAt: '2026-11-25T18:00:00.000Z',
  connectedAt: '2026-11-20T18:00:00.000Z',
  ...changes,
});

describe('the connected accounts page', () => {
  it('says what is wrong with the handle at the field, before anything is sent', async () => {
    accounts = [];
    await renderApp('/settings/connections');
    fireEvent.change(screen.getByLabelText('Your account'), { target: { value: 'ada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(
      await screen.findByText('Enter your handle with its server, such as @sabine@mastodon.social.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Your account').getAttribute('aria-invalid')).toBe('true');
    expect(startMastodon).not.toHaveBeenCalled();
  });

  it('says in words that a Bluesky account must be verified first', async () => {
    accounts = [];
    blueskyAnswer = () =>
      Promise.reject(new ApiError({ statusCode: 422, error: 'BLUESKY_ACCOUNT_NOT_VERIFIED', message: '…' }));
    await renderApp('/settings/connections');
    fireEvent.click(screen.getByLabelText('Bluesky'));
    fireEvent.change(screen.getByLabelText('Your account'), { target: { value: 'ada.bsky.social' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Verify this Bluesky account on your profile first.')).toBeTruthy();
  });

  it('shows what a connection found, and why a read stopped, in words', async () => {
    accounts = [
      account({}),
      account({
        id: '8e1d8d4a-6e4c-4b1c-8e4f-1b2c3d4e5f60',
        handle: 'ada@slow.example',
        server: 'slow.example',
        status: 'failed',
        reason: 'SERVER_UNREACHABLE',
        matchedMembers: 1,
      }),
    ];
    await renderApp('/settings/connections');
    expect(await screen.findByText('2 people you follow are on Neuland')).toBeTruthy();
    expect(screen.getByText('1 person you follow is on Neuland')).toBeTruthy();
    expect(
      screen.getByText('The server slow.example did not answer. Neuland tries again later.'),
    ).toBeTruthy();
    expect(screen.getAllByText(/120 accounts you follow/)).toHaveLength(2);
  });
});
