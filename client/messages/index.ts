import type { Bundle } from './define.js';
import { common } from './common.js';
import { explain } from './explain.js';
import { home } from './home.js';
import { login } from './login.js';
import { overview } from './overview.js';
import { deadline } from './deadline.js';
import { lifecycle } from './lifecycle.js';
import { card } from './card.js';
import { shell } from './shell.js';
import { review } from './review.js';
import { unitComparison } from './unit-comparison.js';
import { questions } from './questions.js';
import { entry } from './entry.js';
import { approvals } from './approvals.js';
import { indicator } from './indicator.js';
import { transparency } from './transparency.js';
import { union } from './union.js';
import { users } from './users.js';
import { account } from './account.js';
import { admin } from './admin.js';
import { forms } from './forms.js';
import { editor } from './editor.js';
import { workspace, newPlan } from './workspace.js';
import { preparation } from './preparation.js';
import { versions } from './versions.js';
import { update } from './update.js';
import { councils } from './councils.js';
import { inbox } from './inbox.js';
import { calendar, tasks } from './calendar.js';
import { consultations } from './consultations.js';
import { analysis } from './analysis.js';
import { activityReport } from './activity-report.js';
import { monitoring } from './monitoring.js';
import { programme } from './programme.js';

/** Every bundle of UI texts. A new screen adds its bundle file and one entry here. */
export const bundles = [
  common,
  shell,
  login,
  home,
  overview,
  deadline,
  lifecycle,
  card,
  explain,
  review,
  unitComparison,
  questions,
  entry,
  approvals,
  indicator,
  transparency,
  union,
  users,
  account,
  admin,
  forms,
  editor,
  workspace,
  newPlan,
  preparation,
  versions,
  update,
  councils,
  inbox,
  calendar,
  tasks,
  consultations,
  analysis,
  activityReport,
  monitoring,
  programme,
] as const;

type KeysOf<B> = B extends Bundle<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof bundles)[number]>;

function merge(lang: 'tr' | 'en'): Record<MessageKey, string> {
  return Object.assign({}, ...bundles.map((bundle) => bundle[lang])) as Record<MessageKey, string>;
}

export const dictionaries = { tr: merge('tr'), en: merge('en') };
