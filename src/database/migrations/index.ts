import { InitialSchema1763900000000 } from './1763900000000-initial-schema.js';
import { AccountsWorkflowAudit1763910000000 } from './1763910000000-accounts-workflow-audit.js';
import { Questions1763920000000 } from './1763920000000-questions.js';
import { PlanVersions1763930000000 } from './1763930000000-plan-versions.js';
import { UpdateApprovalClosingDate1763941000000 } from './1763941000000-update-approval-closing-date.js';
import { SignInAttemptsInvitations1764000000000 } from './1764000000000-sign-in-attempts-invitations.js';
import { ApprovedValuesKept1764100000000 } from './1764100000000-approved-values-kept.js';
import { AuditRolesChain1764200000000 } from './1764200000000-audit-roles-chain.js';
import { ValueCorrections1764400000000 } from './1764400000000-value-corrections.js';
import { AuditSealPending1764500000000 } from './1764500000000-audit-seal-pending.js';
import { AccountAdministration1764600000000 } from './1764600000000-account-administration.js';
import { ValuePlausibility1764700000000 } from './1764700000000-value-plausibility.js';
import { IndicatorChartAxis1764800000000 } from './1764800000000-indicator-chart-axis.js';
import { PlanCopies1764900000000 } from './1764900000000-plan-copies.js';
import { PreparationProgramme1765000000000 } from './1765000000000-preparation-programme.js';
import { InstitutionEvents1765100000000 } from './1765100000000-institution-events.js';
import { SituationAnalysis1765200000000 } from './1765200000000-situation-analysis.js';
import { Consultations1765400000000 } from './1765400000000-consultations.js';
import { Notifications1765500000000 } from './1765500000000-notifications.js';
import { CalendarFeedTokens1765600000000 } from './1765600000000-calendar-feed-tokens.js';
import { WorkingGroups1765700000000 } from './1765700000000-working-groups.js';
import { PerformanceProgrammes1765800000000 } from './1765800000000-performance-programmes.js';
import { CalendarUnitsReminders1766000000000 } from './1766000000000-calendar-units-reminders.js';
import { IndicatorValueStamps1766100000000 } from './1766100000000-indicator-value-stamps.js';
import { SignInAddressLimits1766300000000 } from './1766300000000-sign-in-address-limits.js';
import { ActivityReports1766500000000 } from './1766500000000-activity-reports.js';
import { ActivityMonitoringUnitReports1766400000000 } from './1766400000000-activity-monitoring-unit-reports.js';
import { ProgrammeBudget1766630000000 } from './1766630000000-programme-budget.js';
import { BudgetActivityProgress1766700000000 } from './1766700000000-budget-activity-progress.js';

/** Every migration in order; listed explicitly so the ESM build needs no file globbing. */
export const MIGRATIONS = [
  InitialSchema1763900000000,
  AccountsWorkflowAudit1763910000000,
  Questions1763920000000,
  PlanVersions1763930000000,
  UpdateApprovalClosingDate1763941000000,
  SignInAttemptsInvitations1764000000000,
  ApprovedValuesKept1764100000000,
  AuditRolesChain1764200000000,
  ValueCorrections1764400000000,
  AuditSealPending1764500000000,
  AccountAdministration1764600000000,
  ValuePlausibility1764700000000,
  IndicatorChartAxis1764800000000,
  PlanCopies1764900000000,
  PreparationProgramme1765000000000,
  InstitutionEvents1765100000000,
  SituationAnalysis1765200000000,
  Consultations1765400000000,
  Notifications1765500000000,
  CalendarFeedTokens1765600000000,
  WorkingGroups1765700000000,
  PerformanceProgrammes1765800000000,
  CalendarUnitsReminders1766000000000,
  IndicatorValueStamps1766100000000,
  SignInAddressLimits1766300000000,
  ActivityReports1766500000000,
  ActivityMonitoringUnitReports1766400000000,
  ProgrammeBudget1766630000000,
  BudgetActivityProgress1766700000000,
];
