// The web app: providers, then one route per page.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PasswordResetPage } from './accounts/password-reset-page';
import { VerifyEmailPage } from './accounts/verify-email-page';
import { LogInPage } from './auth/log-in-page';
import { InvitationPage } from './invitations/invitation-page';
import { SignUpPage } from './auth/sign-up-page';
import { HomePage } from './home/home-page';
import { AttendeesPage } from './hosting/attendees-page';
import { CheckInPage } from './hosting/check-in-page';
import { InvitationsPage } from './hosting/invitations-page';
import { CheckInCodePage } from './meetups/check-in-code-page';
import { MeetupEditorPage } from './meetups/meetup-editor-page';
import { MeetupPage } from './meetups/meetup-page';
import { AppLayout } from './layout/app-layout';
import { NotificationSettingsPage } from './notifications/notification-settings-page';
import { UnsubscribePage } from './notifications/unsubscribe-page';
import { ProfileEditorPage } from './profiles/profile-editor-page';
import { ProfilePage } from './profiles/profile-page';
import { ProfilesRedirect, UnknownAddress } from './profiles/profile-redirects';
import { BlockedPage } from './contacts/blocked-page';
import { ContactImportPage } from './contact-imports/contact-import-page';
import { TripPage } from './trips/trip-page';
import { TripsPage } from './trips/trips-page';

export function createQueryClient(): QueryClient {
  // A failed request is shown at once; retrying a 4xx never helps.
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
}

export function App({ queryClient, i18n }: { queryClient: QueryClient; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Routes>
          <Route element={<AppLayout />}>
            <Route index element={<HomePage />} />
            <Route path="signup" element={<SignUpPage />} />
            <Route path="login" element={<LogInPage />} />
            <Route path="verify-email" element={<VerifyEmailPage />} />
            <Route path="password-reset" element={<PasswordResetPage />} />
            <Route path="meetups/new" element={<MeetupEditorPage />} />
            <Route path="meetups/:id" element={<InvitationPage />} />
            <Route path="m/:id" element={<MeetupPage />} />
            <Route path="m/:id/edit" element={<MeetupEditorPage />} />
            <Route path="m/:id/check-in-code" element={<CheckInCodePage />} />
            <Route path="m/:id/attendees" element={<AttendeesPage />} />
            <Route path="m/:id/invitations" element={<InvitationsPage />} />
            <Route path="m/:id/check-in" element={<CheckInPage />} />
            <Route path="p/:handle" element={<ProfilePage />} />
            <Route path="settings/profile" element={<ProfileEditorPage />} />
            <Route path="settings/notifications" element={<NotificationSettingsPage />} />
            <Route path="unsubscribe/:token" element={<UnsubscribePage />} />
            <Route path="profiles/:handle" element={<ProfilesRedirect />} />
            <Route path="settings/blocked" element={<BlockedPage />} />
            <Route path="settings/import" element={<ContactImportPage />} />
            <Route path="trips" element={<TripsPage />} />
            <Route path="trips/:tripId" element={<TripPage />} />
            <Route path="*" element={<UnknownAddress />} />
          </Route>
        </Routes>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
