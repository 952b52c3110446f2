/** @jest-environment jsdom */
import { describe, expect, it, jest } from '@jest/globals';
import { ApiError, RateLimitedError } from '../api/api-error';
import { retryTimeText } from '../i18n/i18n';

// The page is tested against the API's answers; the browser test covers the real upload.
let uploadAnswer: () => Promise<unknown> = () => Promise.resolve();
jest.unstable_mockModule('../auth/session', () => ({
  useAccount: () => ({ data: null, isSuccess: true, isPending: false, isError: false }),
  useLogOut: () => ({ mutate: jest.fn(), isPending: false }),
  useLogIn: () => ({ mutate: jest.fn(), isPending: false }),
  useSignUp: () => ({ mutate: jest.fn(), isPending: false }),
}));
jest.unstable_mockModule('./contact-imports-api', () => ({
  useContactImports: () => ({ data: [], isPending: false, isError: false }),
  useDeleteImport: () => ({ mutate: jest.fn(), isPending: false, isError: false }),
  useUploadContacts: () => ({
    isPending: false,
    mutate: (_file: File, callbacks: { onSuccess: (r: unknown) => void; onError: (e: unknown) => void }) => {
      uploadAnswer().then(callbacks.onSuccess, callbacks.onError);
    },
  }),
}));

const { fireEvent, screen } = await import('@testing-library/react');
const { renderApp } = await import('../../test/render-app');

function uploadAFile() {
  const input = screen.getByLabelText('File', { exact: true });
  fireEvent.change(input, { target: { files: [new File(['x'], 'following_accounts.csv')] } });
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}

describe('the contact import page', () => {
  it('says in plain words that a file is too large', async () => {
    uploadAnswer = () =>
      Promise.reject(
        new ApiError({ statusCode: 413, error: 'IMPORT_TOO_LARGE', message: 'A file may be at most 10 MB.' }),
      );
    await renderApp('/settings/import');
    uploadAFile();
    expect(await screen.findByText('This file is too large: a file may be at most 10 MB.')).toBeTruthy();
    expect(screen.getByLabelText('File', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for a file before sending anything', async () => {
    await renderApp('/settings/import');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Choose a file first.')).toBeTruthy();
  });

  it('shows the counts and each rejected row with its reason in words', async () => {
    uploadAnswer = () =>
      Promise.resolve({
        id: '7d0c7c39-5d3b-4a0b-9d3e-0a1b2c3d4e5f',
        format: 'mastodon-csv',
        rowsRead: 4,
        recognised: 2,
        matchedNow: 1,
        rejected: 2,
        rejections: [
          { row: 3, reason: 'FORMULA_CELL' },
          { row: 4, reason: 'NOT_A_HANDLE' },
        ],
        createdAt: '2026-11-25T18:00:00.000Z',
        found: [],
      });
    await renderApp('/settings/import');
    uploadAFile();
    expect(await screen.findByText('Row 3: holds a spreadsheet formula, which is never read')).toBeTruthy();
    expect(screen.getByText('Row 4: not a handle or profile URL')).toBeTruthy();
    expect(screen.getByText('Recognised').nextElementSibling?.textContent).toBe('2');
    expect(screen.getByText('Members found by handle or profile URL').nextElementSibling?.textContent).toBe(
      '1',
    );
  });

  it('says that e-mail addresses are never counted, and that we tell when people you know join', async () => {
    uploadAnswer = () =>
      Promise.resolve({
        id: '0b6f3f0e-7c1a-4f55-9a43-3c7f3c2e9d10',
        format: 'text-list',
        rowsRead: 1,
        recognised: 1,
        matchedNow: 0,
        rejected: 0,
        rejections: [],
        createdAt: '2026-11-25T18:00:00.000Z',
        found: [],
      });
    await renderApp('/settings/import');
    uploadAFile();
    expect(
      await screen.findByText(
        "E-mail addresses are never counted here, so that an import cannot tell whether an address is on Neuland. They are matched all the same: we'll tell you when people you know join, at the meetups you both go to.",
      ),
    ).toBeTruthy();
    expect(screen.getByText('Members found by handle or profile URL').nextElementSibling?.textContent).toBe(
      '0',
    );
    expect(screen.queryByText(/Not matched/)).toBeNull();
  });

  it('says beside the file field when another import is possible after too many in an hour', async () => {
    const refusal = new RateLimitedError(
      { statusCode: 429, error: 'RATE_LIMITED', message: 'Too many imports. Try again in 1800 seconds.' },
      1800,
    );
    uploadAnswer = () => Promise.reject(refusal);
    await renderApp('/settings/import');
    uploadAFile();
    const time = retryTimeText(refusal.retryAt, 'en');
    const message = await screen.findByText(
      `You have imported as many files as an hour allows. Try again after ${time}.`,
    );
    const field = screen.getByLabelText('File', { exact: true });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
  });
});
