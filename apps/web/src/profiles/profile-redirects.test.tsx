/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { ProfilesRedirect, UnknownAddress } from './profile-redirects';

function ProfileStandIn() {
  const { handle } = useParams();
  return <p>profile of {handle}</p>;
}

const renderAt = (path: string) =>
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="p/:handle" element={<ProfileStandIn />} />
          <Route path="profiles/:handle" element={<ProfilesRedirect />} />
          <Route path="*" element={<UnknownAddress />} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );

describe('profile addresses in the web app', () => {
  it('leads /profiles/:handle to the profile page', async () => {
    renderAt('/profiles/silke-schroeder');
    expect(await screen.findByText('profile of silke-schroeder')).toBeTruthy();
  });

  it('leads /@handle to the profile page', async () => {
    renderAt('/@silke-schroeder');
    expect(await screen.findByText('profile of silke-schroeder')).toBeTruthy();
  });

  it('shows the 404 page for other unknown addresses', async () => {
    renderAt('/@silke/posts');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});
