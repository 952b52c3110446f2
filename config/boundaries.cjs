// Who may use what: the layers of ../shared/DESIGN.md and the tables each lib owns. Read by the boundary checks of
// `npm run lint`: .dependency-cruiser.cjs (imports) and eslint/neuland-plugin.mjs (table names in SQL).

/** Features, lowest first. A feature may use infrastructure and the features of lower rank. */
const FEATURE_RANKS = [
  ['media', 'privacy'],
  ['profiles'],
  ['social-graph'],
  ['meetups'],
  ['circles'],
  ['invitations'],
  ['networking'],
  ['notifications'],
  ['admin'],
];

/** Infrastructure serves every feature and knows none. */
const INFRASTRUCTURE = [
  'audit',
  'auth',
  'config',
  'database',
  'queue',
  'mail',
  'outbox',
  'http',
  'safe-fetch',
  'logging',
  'health',
  'metrics',
];

/**
 * The tables (and sequences) each lib owns: only its own code names them. `publishes` are the read models (views,
 * SQL functions) a lib offers to the libs above it; they are created in its migrations and may change only with
 * their readers.
 */
const OWNERSHIP = {
  audit: { owns: ['audit_log'], publishes: [] },
  auth: { owns: ['user', 'session', 'account_token'], publishes: ['member_account'] },
  outbox: { owns: ['outbox_event'], publishes: [] },
  privacy: { owns: ['data_export'], publishes: [] },
  profiles: {
    owns: ['profile', 'social_account', 'social_account_proof'],
    publishes: ['member_profile', 'member_social_account'],
  },
  'social-graph': {
    owns: [
      'follow',
      'block',
      'contact_import',
      'imported_contact',
      'account_connection',
      'account_connection_request',
      'mastodon_app',
    ],
    publishes: ['told_about', 'knows_online', 'profile_visible_to', 'mutual_contacts'],
  },
  meetups: {
    owns: ['meetup', 'meetup_co_host', 'rsvp', 'calendar_feed', 'rsvp_waitlist_ticket_seq', 'seat_offer'],
    publishes: ['meetup_attendance'],
  },
  circles: {
    owns: [
      'circle',
      'circle_member',
      'circle_join_request',
      'circle_ban',
      'circle_meetup',
      'circle_series',
      'circle_series_occurrence',
    ],
    publishes: [],
  },
  invitations: {
    owns: ['invitation', 'meetup_guest_policy', 'trip', 'coffee_offer', 'invitation_opt_out'],
    publishes: [],
  },
  networking: {
    owns: ['buddy_choice', 'buddy_pairing_run', 'buddy_pair', 'meeting_wish', 'met_confirmation'],
    publishes: [],
  },
  notifications: {
    owns: [
      'notification',
      'notification_introduction',
      'notification_introduction_run',
      'notification_preference',
    ],
    publishes: [],
  },
  admin: {
    owns: ['admin_setting', 'organiser_request', 'organiser_request_status', 'report'],
    publishes: [],
  },
};

/** 0 for infrastructure, then 1, 2 … by FEATURE_RANKS. */
function rankOf(lib) {
  if (INFRASTRUCTURE.includes(lib)) return 0;
  const rank = FEATURE_RANKS.findIndex((features) => features.includes(lib));
  return rank === -1 ? undefined : rank + 1;
}

module.exports = { FEATURE_RANKS, INFRASTRUCTURE, OWNERSHIP, rankOf };
