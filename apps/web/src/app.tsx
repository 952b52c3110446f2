// The web app: providers, then one route per page.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { lazyPage } from './layout/lazy-page';
import { HomePage } from './home/home-page';
import { MeetupPage } from './meetups/meetup-page';
import { FollowAllPage } from './networking/follow-all-page';
import { AppLayout } from './layout/app-layout';
import { ProfilesRedirect, UnknownAddress } from './profiles/profile-redirects';
import { Toaster } from './ui/toast';
import { FirstRenderLocale } from './server-render/use-hydrated';

// The meetup page (where shared links land) and home come with the first load; every other page is fetched when
// it is first opened, so the meetup page loads only the JavaScript it needs.
const PasswordResetPage = lazyPage(() => import('./accounts/password-reset-page'), 'PasswordResetPage');
const VerifyEmailPage = lazyPage(() => import('./accounts/verify-email-page'), 'VerifyEmailPage');
const LogInPage = lazyPage(() => import('./auth/log-in-page'), 'LogInPage');
const InvitationPage = lazyPage(() => import('./invitations/invitation-page'), 'InvitationPage');
const SignUpPage = lazyPage(() => import('./auth/sign-up-page'), 'SignUpPage');
const AttendeesPage = lazyPage(() => import('./hosting/attendees-page'), 'AttendeesPage');
const CheckInPage = lazyPage(() => import('./hosting/check-in-page'), 'CheckInPage');
const ArrivalsPage = lazyPage(() => import('./room/arrivals-page'), 'ArrivalsPage');
const InvitationsPage = lazyPage(() => import('./hosting/invitations-page'), 'InvitationsPage');
const CheckInCodePage = lazyPage(() => import('./meetups/check-in-code-page'), 'CheckInCodePage');
const MeetupEditorPage = lazyPage(() => import('./meetups/meetup-editor-page'), 'MeetupEditorPage');
const NotificationSettingsPage = lazyPage(
  () => import('./notifications/notification-settings-page'),
  'NotificationSettingsPage',
);
const UnsubscribePage = lazyPage(() => import('./notifications/unsubscribe-page'), 'UnsubscribePage');
const NeverInvitePage = lazyPage(() => import('./invitations/never-invite-page'), 'NeverInvitePage');
const ProfileEditorPage = lazyPage(() => import('./profiles/profile-editor-page'), 'ProfileEditorPage');
export const ProfilePage = lazyPage(() => import('./profiles/profile-page'), 'ProfilePage');
const BlockedPage = lazyPage(() => import('./contacts/blocked-page'), 'BlockedPage');
const ContactImportPage = lazyPage(
  () => import('./contact-imports/contact-import-page'),
  'ContactImportPage',
);
const ConnectedAccountsPage = lazyPage(
  () => import('./connected-accounts/connected-accounts-page'),
  'ConnectedAccountsPage',
);
const ConnectionCallbackPage = lazyPage(
  () => import('./connected-accounts/connection-callback-page'),
  'ConnectionCallbackPage',
);
const BecomeOrganiserPage = lazyPage(
  () => import('./organising/become-organiser-page'),
  'BecomeOrganiserPage',
);
const AdminLayout = lazyPage(() => import('./admin/admin-layout'), 'AdminLayout');
const MembersPage = lazyPage(() => import('./admin/members-page'), 'MembersPage');
const OrganiserRequestsPage = lazyPage(
  () => import('./admin/organiser-requests-page'),
  'OrganiserRequestsPage',
);
const AdminMeetupsPage = lazyPage(() => import('./admin/meetups-page'), 'AdminMeetupsPage');
const SettingsPage = lazyPage(() => import('./admin/settings-page'), 'SettingsPage');
const AuditPage = lazyPage(() => import('./admin/audit-page'), 'AuditPage');
const TripPage = lazyPage(() => import('./trips/trip-page'), 'TripPage');
const TripsPage = lazyPage(() => import('./trips/trips-page'), 'TripsPage');
const PeopleSearchPage = lazyPage(() => import('./people/people-search-page'), 'PeopleSearchPage');
const AdminOverviewPage = lazyPage(() => import('./admin/admin-overview-page'), 'AdminOverviewPage');
const MyReportsPage = lazyPage(() => import('./moderation/my-reports-page'), 'MyReportsPage');
const DesignPage = lazyPage(() => import('./design/design-page'), 'DesignPage');
const CirclesPage = lazyPage(() => import('./circles/circles-page'), 'CirclesPage');
const NewCirclePage = lazyPage(() => import('./circles/new-circle-page'), 'NewCirclePage');
const CirclePage = lazyPage(() => import('./circles/circle-page'), 'CirclePage');
const CircleMeetupPage = lazyPage(() => import('./circles/circle-meetup-page'), 'CircleMeetupPage');
const CircleManagePage = lazyPage(() => import('./circles/circle-manage-page'), 'CircleManagePage');
const AdminReportsPage = lazyPage(() => import('./moderation/admin-reports-page'), 'AdminReportsPage');

export function createQueryClient(): QueryClient {
  // A failed request is shown at once; retrying a 4xx never helps.
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
}

export function App({
  queryClient,
  i18n,
  firstRenderLocale,
}: {
  queryClient: QueryClient;
  i18n: i18n;
  /** The regional locale of a server-rendered page, to hydrate with. */
  firstRenderLocale?: string;
}) {
  return (
    <FirstRenderLocale.Provider value={firstRenderLocale}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <Toaster>
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
                <Route path="m/:id/arrivals" element={<ArrivalsPage />} />
                <Route path="m/:id/we-met/follow-all" element={<FollowAllPage />} />
                <Route path="p/:handle" element={<ProfilePage />} />
                <Route path="settings/profile" element={<ProfileEditorPage />} />
                <Route path="settings/notifications" element={<NotificationSettingsPage />} />
                <Route path="unsubscribe/:token" element={<UnsubscribePage />} />
                <Route path="never-invite/:token" element={<NeverInvitePage />} />
                <Route path="profiles/:handle" element={<ProfilesRedirect />} />
                <Route path="settings/blocked" element={<BlockedPage />} />
                <Route path="settings/import" element={<ContactImportPage />} />
                <Route path="settings/connections" element={<ConnectedAccountsPage />} />
                <Route path="settings/connections/callback" element={<ConnectionCallbackPage />} />
                <Route path="people" element={<PeopleSearchPage />} />
                <Route path="trips" element={<TripsPage />} />
                <Route path="circles" element={<CirclesPage />} />
                <Route path="circles/new" element={<NewCirclePage />} />
                <Route path="c/:slug" element={<CirclePage />} />
                <Route path="c/:slug/meetups/new" element={<CircleMeetupPage />} />
                <Route path="c/:slug/manage" element={<CircleManagePage />} />
                <Route path="c/:slug/edit" element={<NewCirclePage />} />
                <Route path="trips/:tripId" element={<TripPage />} />
                <Route path="organiser-request" element={<BecomeOrganiserPage />} />
                <Route path="admin" element={<AdminLayout />}>
                  <Route index element={<Navigate to="members" replace />} />
                  <Route path="members" element={<MembersPage />} />
                  <Route path="organiser-requests" element={<OrganiserRequestsPage />} />
                  <Route path="meetups" element={<AdminMeetupsPage />} />
                  <Route path="settings" element={<SettingsPage />} />
                  <Route path="audit" element={<AuditPage />} />
                </Route>
                <Route path="admin/overview" element={<AdminOverviewPage />} />
                <Route path="reports" element={<MyReportsPage />} />
                <Route path="admin/reports" element={<AdminReportsPage />} />
                <Route path="design" element={<DesignPage />} />
                <Route path="*" element={<UnknownAddress />} />
              </Route>
            </Routes>
          </Toaster>
        </QueryClientProvider>
      </I18nextProvider>
    </FirstRenderLocale.Provider>
  );
}
