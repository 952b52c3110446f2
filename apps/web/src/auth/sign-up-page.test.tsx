/** @jest-environment jsdom */
import { describe, expect, it, jest } from '@jest/globals';
import { ApiError } from '../api/api-error';

// The page is tested against the API's error answers; the browser tests cover the real requests.
let signUpAnswer: () => Promise<unknown> = () => Promise.resolve();
jest.unstable_mockModule('./session', () => ({
  useAccount: () => ({ data: null, isSuccess: true, isPending: false, isError: false }),
  useLogOut: () => ({ mutate: jest.fn(), isPending: false }),
  useLogIn: () => ({ mutate: jest.fn(), isPending: false }),
  useSignUp: () => ({
    isPending: false,
    mutate: (_input: unknown, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => {
      signUpAnswer().then(callbacks.onSuccess, callbacks.onError);
    },
  }),
}));

const { fireEvent, screen } = await import('@testing-library/react');
const { renderApp } = await import('../../test/render-app');

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));

describe('the sign-up page', () => {
  it("shows each of the API's field errors beside its field in words, and focuses the first", async () => {
    signUpAnswer = () =>
      Promise.reject(
        new ApiError({
          statusCode: 400,
          error: 'VALIDATION_FAILED',
          message: 'The request has invalid fields.',
          details: [
            { field: 'email', message: 'must be an e-mail address' },
            { field: 'password', message: 'must be at least 10 characters long' },
          ],
        }),
      );
    await renderApp('/signup');
    submit();

    const email = screen.getByLabelText('E-mail address');
    const emailError = 'Please enter an e-mail address, like name@example.org.';
    expect(await screen.findByText(emailError)).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(screen.getByText(emailError).id);
    expect(screen.getByLabelText(/^Password/).getAttribute('aria-describedby')).toContain(
      screen.getByText('Please choose a password of at least 10 characters.').id,
    );
    expect(screen.queryByText(/must be/)).toBeNull();
    expect(screen.getByLabelText(/^Your name/).getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(email);
    expect(screen.getByRole('alert').textContent).toBe('Please check the marked fields.');
  });

  it('says when to try again after too many sign-ups', async () => {
    signUpAnswer = () =>
      Promise.reject(
        new ApiError({ statusCode: 429, error: 'TOO_MANY_REQUESTS', message: 'Too many attempts.' }),
      );
    await renderApp('/signup');
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('Too many attempts. Please wait a minute.');
  });

  it('says "try again" when the API cannot be reached', async () => {
    signUpAnswer = () => Promise.reject(new TypeError('Failed to fetch'));
    await renderApp('/signup');
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('That did not work. Please try again.');
  });
});

describe('an unknown address', () => {
  it('shows the friendly 404 page with a link home', async () => {
    await renderApp('/m/no-such-meetup/at-all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
  });
});
