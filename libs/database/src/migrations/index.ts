// Every migration, in order. Listed by hand so that the API, the CLI and the tests run the same set in any build.
import { CreateUsers1764100000000 } from './1764100000000-CreateUsers.js';
import { CreateOutbox1764100000001 } from './1764100000001-CreateOutbox.js';
import { CreateProfilesAndSocialGraph1764200000000 } from './1764200000000-CreateProfilesAndSocialGraph.js';
import { CreateKnowsOnlineFunctions1764200000001 } from './1764200000001-CreateKnowsOnlineFunctions.js';
import { IndexProfileSearch1764200000002 } from './1764200000002-IndexProfileSearch.js';
import { CreateMeetups1764300000000 } from './1764300000000-CreateMeetups.js';
import { CreateNotificationLedger1764500000000 } from './1764500000000-CreateNotificationLedger.js';
import { CreateIntroductionMarks1764500000001 } from './1764500000001-CreateIntroductionMarks.js';
import { CreateSessionsAndAccountTokens1764600000000 } from './1764600000000-CreateSessionsAndAccountTokens.js';
import { CreateDataExports1764600000001 } from './1764600000001-CreateDataExports.js';
import { CreateSocialAccountProofs1764600000002 } from './1764600000002-CreateSocialAccountProofs.js';
import { CreateInvitationsAndTrips1764700000000 } from './1764700000000-CreateInvitationsAndTrips.js';
import { AddressNotificationsToEmail1764800000000 } from './1764800000000-AddressNotificationsToEmail.js';
import { IntroduceOnlyVerifiedEmails1764950000000 } from './1764950000000-IntroduceOnlyVerifiedEmails.js';
import { IndexInvitationsAwaitingAnAccount1764950000001 } from './1764950000001-IndexInvitationsAwaitingAnAccount.js';
import { KeepMeetupsOfDeletedOrganisers1764960000000 } from './1764960000000-KeepMeetupsOfDeletedOrganisers.js';
import { CreateInvitationOptOuts1764980000000 } from './1764980000000-CreateInvitationOptOuts.js';
import { PublishReadModels1765000000000 } from './1765000000000-PublishReadModels.js';
import { RecordHandlingInTheOutbox1765000000001 } from './1765000000001-RecordHandlingInTheOutbox.js';
import { CreateAuditLog1765100000000 } from './1765100000000-CreateAuditLog.js';
import { CreateOrganiserPolicy1766000000000 } from './1766000000000-CreateOrganiserPolicy.js';
import { SuspendMembers1766100000000 } from './1766100000000-SuspendMembers.js';
import { HideMeetups1766100000001 } from './1766100000001-HideMeetups.js';
import { CreateReports1766100000002 } from './1766100000002-CreateReports.js';
import { IndexSettledNotifications1766200000000 } from './1766200000000-IndexSettledNotifications.js';
import { AddPhotosAndCovers1766400000000 } from './1766400000000-AddPhotosAndCovers.js';
import { MatchTopicsWhateverTheirCase1766500000000 } from './1766500000000-MatchTopicsWhateverTheirCase.js';
import { IndexWaitlistedRsvpsByMember1766800000000 } from './1766800000000-IndexWaitlistedRsvpsByMember.js';
import { AnswerGoingInOneStatement1767000000000 } from './1767000000000-AnswerGoingInOneStatement.js';
import { CreateConnectedAccounts1767100000000 } from './1767100000000-CreateConnectedAccounts.js';
import { CreateSeatOffers1767200000000 } from './1767200000000-CreateSeatOffers.js';
import { KeepNewcomerSeats1767200000001 } from './1767200000001-KeepNewcomerSeats.js';
import { CreateCircleSeries1767600000000 } from './1767600000000-CreateCircleSeries.js';
import { LetMembersChooseCircleAnnouncements1767700000000 } from './1767700000000-LetMembersChooseCircleAnnouncements.js';
import { IndexPendingCircleAnnouncements1767700000001 } from './1767700000001-IndexPendingCircleAnnouncements.js';
import { AskHigherFeaturesInRsvpGoing1767800000000 } from './1767800000000-AskHigherFeaturesInRsvpGoing.js';
import { RefuseRsvpsOfCircleBans1767800000001 } from './1767800000001-RefuseRsvpsOfCircleBans.js';
import { PlanTheIntroductionRuleOncePerSession1767810000000 } from './1767810000000-PlanTheIntroductionRuleOncePerSession.js';
import { FindWhoKnowsWhomByPair1767850000000 } from './1767850000000-FindWhoKnowsWhomByPair.js';
import { ScanTheFollowsOnce1767860000000 } from './1767860000000-ScanTheFollowsOnce.js';
import { SkipOneWayPairsOfReservedMembers1767870000000 } from './1767870000000-SkipOneWayPairsOfReservedMembers.js';
import { AskHostingSharesInTheStatement1767880000000 } from './1767880000000-AskHostingSharesInTheStatement.js';
import { ShareHostingWithCircleOrganisers1767880000001 } from './1767880000001-ShareHostingWithCircleOrganisers.js';
import { CreateCircles1767500000000 } from './1767500000000-CreateCircles.js';
import { CreateBuddiesWishesAndMet1767300000000 } from './1767300000000-CreateBuddiesWishesAndMet.js';

export const migrations = [
  CreateUsers1764100000000,
  CreateOutbox1764100000001,
  CreateProfilesAndSocialGraph1764200000000,
  CreateKnowsOnlineFunctions1764200000001,
  IndexProfileSearch1764200000002,
  CreateMeetups1764300000000,
  CreateNotificationLedger1764500000000,
  CreateIntroductionMarks1764500000001,
  CreateSessionsAndAccountTokens1764600000000,
  CreateDataExports1764600000001,
  CreateSocialAccountProofs1764600000002,
  CreateInvitationsAndTrips1764700000000,
  AddressNotificationsToEmail1764800000000,
  IntroduceOnlyVerifiedEmails1764950000000,
  IndexInvitationsAwaitingAnAccount1764950000001,
  KeepMeetupsOfDeletedOrganisers1764960000000,
  CreateInvitationOptOuts1764980000000,
  PublishReadModels1765000000000,
  RecordHandlingInTheOutbox1765000000001,
  CreateAuditLog1765100000000,
  CreateOrganiserPolicy1766000000000,
  SuspendMembers1766100000000,
  HideMeetups1766100000001,
  CreateReports1766100000002,
  IndexSettledNotifications1766200000000,
  AddPhotosAndCovers1766400000000,
  MatchTopicsWhateverTheirCase1766500000000,
  IndexWaitlistedRsvpsByMember1766800000000,
  AnswerGoingInOneStatement1767000000000,
  CreateConnectedAccounts1767100000000,
  CreateSeatOffers1767200000000,
  KeepNewcomerSeats1767200000001,
  CreateCircles1767500000000,
  CreateBuddiesWishesAndMet1767300000000,
  CreateCircleSeries1767600000000,
  LetMembersChooseCircleAnnouncements1767700000000,
  IndexPendingCircleAnnouncements1767700000001,
  AskHigherFeaturesInRsvpGoing1767800000000,
  RefuseRsvpsOfCircleBans1767800000001,
  PlanTheIntroductionRuleOncePerSession1767810000000,
  FindWhoKnowsWhomByPair1767850000000,
  ScanTheFollowsOnce1767860000000,
  SkipOneWayPairsOfReservedMembers1767870000000,
  AskHostingSharesInTheStatement1767880000000,
  ShareHostingWithCircleOrganisers1767880000001,
];
