import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { MembershipInvitation } from '../modules/auth/membership-invitation.entity.js';
import { MembershipUnit } from '../modules/auth/membership-unit.entity.js';
import { Membership } from '../modules/auth/membership.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { SignInAddressLimit, SignInAttempt, SignInFailure } from '../modules/auth/sign-in-attempt.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { IndicatorTarget } from '../modules/indicators/indicator-target.entity.js';
import { IndicatorValue } from '../modules/indicators/indicator-value.entity.js';
import { Indicator } from '../modules/indicators/indicator.entity.js';
import { ValueCorrection } from '../modules/indicators/value-correction.entity.js';
import { Institution } from '../modules/institutions/institution.entity.js';
import { AssessmentPeriod } from '../modules/periods/assessment-period.entity.js';
import { Unit } from '../modules/institutions/unit.entity.js';
import { Aim } from '../modules/plans/aim.entity.js';
import { CoreValue } from '../modules/plans/core-value.entity.js';
import { Plan } from '../modules/plans/plan.entity.js';
import { PlanVersion } from '../modules/plans/plan-version.entity.js';
import { TargetCollaborator } from '../modules/plans/target-collaborator.entity.js';
import { Target } from '../modules/plans/target.entity.js';
import { PasswordReset } from '../modules/auth/password-reset.entity.js';
import { Question } from '../modules/questions/question.entity.js';
import { AnalysisItem } from '../modules/analysis/analysis-item.entity.js';
import { Programme } from '../modules/programmes/programme.entity.js';
import { ProgrammeActivity } from '../modules/programmes/programme-activity.entity.js';
import { ProgrammeBudgetActivity } from '../modules/programmes/programme-budget-activity.entity.js';
import { ProgrammeBudgetProgramme } from '../modules/programmes/programme-budget-programme.entity.js';
import { ProgrammeGoalIndicator } from '../modules/programmes/programme-goal-indicator.entity.js';
import { ProgrammeGoalTarget } from '../modules/programmes/programme-goal-target.entity.js';
import { ProgrammeGoal } from '../modules/programmes/programme-goal.entity.js';
import { ProgrammeSubProgramme } from '../modules/programmes/programme-sub-programme.entity.js';
import { ProgrammeIndicator } from '../modules/programmes/programme-indicator.entity.js';
import { ProgrammeRevision } from '../modules/programmes/programme-revision.entity.js';
import { ProgrammeTarget } from '../modules/programmes/programme-target.entity.js';
import { ActivityReport } from '../modules/programmes/activity-report.entity.js';
import { ActivityReportEvaluation } from '../modules/programmes/activity-report-evaluation.entity.js';
import { ActivityReportMeasure } from '../modules/programmes/activity-report-measure.entity.js';
import { ProgrammeActivityProgress } from '../modules/programmes/programme-activity-progress.entity.js';
import { UnitActivityReport } from '../modules/unit-reports/unit-activity-report.entity.js';
import { AnalysisLink } from '../modules/analysis/analysis-link.entity.js';
import { AnalysisRow } from '../modules/analysis/analysis-row.entity.js';
import { PreparationStep } from '../modules/preparation/preparation-step.entity.js';
import { PreparationTeamMember } from '../modules/preparation/preparation-team-member.entity.js';
import { InstitutionEvent } from '../modules/calendar/institution-event.entity.js';
import { CouncilMember } from '../modules/working-groups/council-member.entity.js';
import { CouncilBoardMember } from '../modules/working-groups/council-board-member.entity.js';
import { WorkingGroup } from '../modules/working-groups/working-group.entity.js';
import { WorkingGroupMember } from '../modules/working-groups/working-group-member.entity.js';
import { WorkingGroupElection } from '../modules/working-groups/working-group-election.entity.js';
import { WorkingGroupMeeting } from '../modules/working-groups/working-group-meeting.entity.js';
import { CouncilRecommendation } from '../modules/working-groups/council-recommendation.entity.js';
import { CouncilRecommendationStep } from '../modules/working-groups/council-recommendation-step.entity.js';
import {
  Notification,
  NotificationKey,
  NotificationSetting,
} from '../modules/notifications/notification.entity.js';
import { CalendarFeedToken } from '../modules/calendar/calendar-feed-token.entity.js';
import { Consultation } from '../modules/consultations/consultation.entity.js';
import { ConsultationComment } from '../modules/consultations/consultation-comment.entity.js';

export const ENTITIES = [
  Institution,
  Unit,
  Plan,
  PlanVersion,
  CoreValue,
  Aim,
  Target,
  TargetCollaborator,
  Indicator,
  IndicatorTarget,
  IndicatorValue,
  ValueCorrection,
  AssessmentPeriod,
  Question,
  PreparationTeamMember,
  PreparationStep,
  InstitutionEvent,
  CalendarFeedToken,
  AnalysisRow,
  AnalysisItem,
  AnalysisLink,
  Programme,
  ProgrammeRevision,
  ProgrammeTarget,
  ProgrammeIndicator,
  ProgrammeActivity,
  ProgrammeBudgetProgramme,
  ProgrammeSubProgramme,
  ProgrammeGoal,
  ProgrammeGoalTarget,
  ProgrammeGoalIndicator,
  ProgrammeBudgetActivity,
  ActivityReport,
  ActivityReportMeasure,
  ActivityReportEvaluation,
  ProgrammeActivityProgress,
  UnitActivityReport,
  CouncilMember,
  CouncilBoardMember,
  WorkingGroup,
  WorkingGroupMember,
  WorkingGroupElection,
  WorkingGroupMeeting,
  CouncilRecommendation,
  CouncilRecommendationStep,
  Consultation,
  ConsultationComment,
  User,
  Membership,
  MembershipUnit,
  Session,
  PasswordReset,
  SignInAttempt,
  SignInFailure,
  SignInAddressLimit,
  MembershipInvitation,
  AuditLog,
  Notification,
  NotificationSetting,
  NotificationKey,
];
