/** @jest-environment jsdom */
import { describe, expect, it, jest } from '@jest/globals';
import { ApiError } from '../api/api-error';

// The page is tested against the API's answers; the browser tests cover the real requests.
let saveAnswer: () => Promise<unknown> = () => Promise.resolve();
const ALL_ON = { introductions: true, reminders: true, invitations: true, updates: true };
jest.unstable_mockModule('../auth/session', () => ({
  useAccount: () => ({ data: { id: 'ada' }, isSuccess: true, isPending: false, isError: false }),
  useLogOut: () => ({ mutate: jest.fn(), isPending: false }),
  useLogIn: jest.fn(),
  useSignUp: jest.fn(),
}));
jest.unstable_mockModule('../profiles/profile-api', () => ({
  useOwnProfile: () => ({ data: undefined, isPending: true, isError: false }),
  useUpdateOwnProfile: jest.fn(),
  useProfile: jest.fn(),
  useFollow: jest.fn(),
}));
jest.unstable_mockModule('../calendar-feed/calendar-feed-api', () => ({
  useCalendarFeedMadeAt: () => ({ data: null, isPending: false, isError: false }),
  useNewCalendarAddress: () => ({ mutate: jest.fn(), isPending: false, isError: false }),
}));
jest.unstable_mockModule('./notification-api', () => ({
  NOTIFICATION_CATEGORIES: ['invitations', 'updates', 'reminders', 'introductions'],
  useNotificationPreferences: () => ({ data: ALL_ON, isPending: false, isError: false }),
  useSubscription: jest.fn(),
  useChangeSubscription: jest.fn(),
  useSaveNotificationPreferences: () => ({
    isPending: false,
    mutate: (_input: unknown, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => {
      saveAnswer().then(callbacks.onSuccess, callbacks.onError);
    },
  }),
}));

const { fireEvent, screen } = await import('@testing-library/react');
const { renderApp } = await import('../../test/render-app');

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save mail settings' }));

describe('the mail settings page', () => {
  it('explains every kind of mail beside its checkbox', async () => {
    await renderApp('/settings/notifications');
    const reminders = screen.getByRole('checkbox', { name: 'Reminders' });
    expect((reminders as HTMLInputElement).checked).toBe(true);
    expect(reminders.getAttribute('aria-describedby')).toContain(
      screen.getByText('Reminders shortly before a meetup you are going to.').id,
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });

  it("shows the API's field error beside its checkbox in words, and focuses it", async () => {
    saveAnswer = () =>
      Promise.reject(
        new ApiError({
          statusCode: 400,
          error: 'VALIDATION_FAILED',
          message: 'The request has invalid fields.',
          details: [{ field: 'updates', message: 'must be true or false' }],
        }),
      );
    await renderApp('/settings/notifications');
    save();
    const error = await screen.findByText('Please check this field.');
    expect(screen.queryByText('must be true or false')).toBeNull();
    const updates = screen.getByRole('checkbox', { name: 'News about my meetups' });
    expect(updates.getAttribute('aria-invalid')).toBe('true');
    expect(updates.getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(updates);
    expect(screen.getByRole('alert').textContent).toBe('Please check the marked fields.');
  });

  it('says "Saved." once the API has the change', async () => {
    saveAnswer = () => Promise.resolve(ALL_ON);
    await renderApp('/settings/notifications');
    save();
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });
});
