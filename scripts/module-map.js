#!/usr/bin/env node
// The module map: which feature module may use which, and what each one shows the others. It is
// the one source of three things that must agree (docs/architecture.md, "Module boundaries"):
//   - the ESLint rules `pusula/module-boundaries` and `pusula/pure-imports` (eslint.config.js
//     loads BOUNDARIES_PLUGIN from here), which refuse every import in src/ that breaks it;
//   - the module-map section of docs/architecture.md, written from MODULES by `--write`;
//   - `node scripts/module-map.js --check` (part of `npm run lint`, so of CI): the section says
//     what MODULES says, MODULES names every folder of src/modules and only files that exist,
//     and the rules still fire on known-bad imports (a rule dropped from the config fails it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every feature module: what it holds, the modules it may import from (`uses`) and the files of
 * it other modules may import (`exposes`, its public surface). No index.ts barrels: Nest's own
 * advice is to keep module and provider classes out of barrels, because a barrel that re-exports
 * a module's services turns every use of one of its pure functions into a load of all of its
 * providers, and the module graph has cycles (a plan's rows hold indicators, the indicators'
 * workflow edits plans). A pure file exposed here never loads framework code (pure-imports).
 */
export const MODULES = {
  auth: {
    about: 'accounts, sessions, roles per institution and invitations; AuthGuard, AccessService',
    uses: ['institutions'],
    exposes: ['access.decorators.ts', 'access.service.ts', 'user.entity.ts', 'session-token.ts'],
  },
  institutions: {
    about: 'institutions and their unit trees (birimler)',
    uses: ['auth', 'plans'],
    exposes: ['institution.entity.ts', 'institution-record.entity.ts', 'unit.entity.ts'],
  },
  plans: {
    about:
      'plans, core values, aims, targets; plan documents; plan rules; lifecycle; updates and versions; the plan storage',
    uses: ['auth', 'institutions', 'indicators', 'periods', 'progress', 'analysis', 'notifications'],
    exposes: [
      'plans.module.ts',
      'plan-document.service.ts',
      'plan-editor.service.ts',
      'plan-storage.repository.ts',
      'plan-row-changes.ts',
      'plan-document.mapper.ts',
      'plan.entity.ts',
      'plan-record.entity.ts',
      'target.entity.ts',
      'plan-rules.ts',
      'plan-guards.ts',
      'plan-lifecycle.ts',
      'plan-limits.ts',
      'plan-content-lock.ts',
      'plan-document-parser.ts',
      'approved-values.ts',
      'preparation-timeline.ts',
      'strategy-tree.ts',
    ],
  },
  preparation: {
    about: 'a plan’s preparation programme: the strategic planning team and the dated steps',
    uses: ['auth', 'institutions', 'plans'],
    exposes: [],
  },
  calendar: {
    about:
      'the institution’s calendar: statutory events computed from its plans and periods, its own events, the iCalendar feed and its per-user tokens',
    uses: ['auth', 'institutions', 'plans', 'periods'],
    exposes: ['calendar-rules.ts', 'calendar.mapper.ts'],
  },
  notifications: {
    about:
      'the inbox and notification settings, the reminder scan, e-mails and digests, the scheduled jobs (pg-boss)',
    uses: ['auth', 'institutions', 'plans', 'periods', 'calendar'],
    exposes: ['notifications.service.ts', 'job-queue.service.ts'],
  },
  programmes: {
    about:
      'the yearly performance programme (performans programı): PHs, their indicators’ figures, activities and costs, tables 1–5 and their workbook, the PP rules, the lifecycle (published last) and revisions; the activities’ monitoring in the value workflow; the activity report’s performance part (results table, measures, evaluation, its workbook and .docx)',
    uses: ['auth', 'institutions', 'plans', 'indicators', 'periods', 'progress', 'reports'],
    exposes: ['programmes.module.ts', 'programmes.service.ts', 'activity-progress.ts'],
  },
  'unit-reports': {
    about:
      'unit activity reports (birim faaliyet raporları) of a plan year: problems and proposals in the value workflow, beside the unit’s results and activities',
    uses: ['auth', 'institutions', 'plans', 'indicators', 'periods', 'progress', 'programmes', 'calendar'],
    exposes: [],
  },
  analysis: {
    about: 'a plan’s situation analysis: the parts’ rows, the findings and needs, their links to targets',
    uses: ['auth', 'plans', 'progress'],
    exposes: [
      'analysis.module.ts',
      'analysis.service.ts',
      'analysis-document.mapper.ts',
      'analysis-row.entity.ts',
      'analysis-item.entity.ts',
      'analysis-link.entity.ts',
    ],
  },
  consultations: {
    about:
      'public consultation on a draft plan: anonymous comments, moderation, results and the report workbook',
    uses: ['auth', 'institutions', 'plans', 'analysis', 'reports', 'notifications'],
    exposes: [],
  },
  indicators: {
    about: 'indicators, their yearly targets, entered values and the value workflow, corrections',
    uses: ['auth', 'plans', 'periods', 'notifications'],
    exposes: [
      'indicators.module.ts',
      'indicator-values.service.ts',
      'indicator.mapper.ts',
      'indicator.entity.ts',
      'indicator-target.entity.ts',
      'indicator-value.entity.ts',
      'value-rules.ts',
      'value-guards.ts',
      'plausibility.ts',
    ],
  },
  periods: {
    about: 'period keys, assessment periods, the units’ worklist, the approval queue and bulk approval',
    uses: ['auth', 'plans', 'indicators', 'progress'],
    exposes: [
      'period-keys.ts',
      'assessment-periods.ts',
      'monitored-activities.sql.ts',
      'default-period.ts',
      'period-gate.repository.ts',
      'periods.module.ts',
      'worklist.service.ts',
    ],
  },
  progress: {
    about: 'realisation rates (GO, HG, aim, plan), the union-wide view and the national comparison',
    uses: ['auth', 'periods'],
    exposes: [
      'progress.module.ts',
      'progress.service.ts',
      'actual-value.ts',
      'progress-engine.ts',
      'progress-cache.ts',
    ],
  },
  questions: {
    about: 'reviewers’ questions on aims, targets and indicators, and the units’ answers',
    uses: ['auth', 'plans', 'notifications'],
    exposes: ['questions.module.ts', 'question.entity.ts', 'questions.mapper.ts', 'questions.repository.ts'],
  },
  tasks: {
    about:
      'a unit manager’s tasks: their units’ entries owed and returned across plans, open questions to them',
    uses: ['auth', 'periods', 'questions'],
    exposes: [],
  },
  audit: {
    about: 'the audit trail the database writes: reading it, verifying and sealing its chain',
    uses: ['auth', 'plans', 'indicators'],
    exposes: ['audit-log.entity.ts', 'audit.mapper.ts'],
  },
  reports: {
    about: 'the Excel exports of a plan (domain.md 7)',
    uses: ['auth', 'plans', 'periods', 'progress', 'audit', 'analysis'],
    exposes: [
      'target-card-layout.ts',
      'workbook-format.ts',
      'report-files.ts',
      'download.decorators.ts',
      'docx-parts.ts',
    ],
  },
  'target-card-import': {
    about: 'the target-card workbook coming back: a new plan, or a draft plan’s cards replaced',
    uses: ['auth', 'plans', 'reports'],
    exposes: [],
  },
  'value-imports': {
    about: 'the values workbook: download for a period, upload of the entries',
    uses: ['auth', 'plans', 'indicators', 'periods'],
    exposes: [],
  },
  public: {
    about:
      'the anonymous transparency API: published plans, approved values, published performance programmes',
    uses: ['auth', 'institutions', 'plans', 'progress', 'periods', 'programmes'],
    exposes: [],
  },
  'working-groups': {
    about:
      'city-council working groups: members, executive board, groups, elections, meetings, recommendations and their journey',
    uses: ['auth', 'institutions', 'plans', 'reports'],
    exposes: [],
  },
  metrics: {
    about:
      'GET /api/metrics: Prometheus metrics of the instance (requests per route, the database pool, the progress caches, the job queues), behind PUSULA_METRICS_TOKEN',
    uses: ['auth', 'progress', 'notifications'],
    exposes: ['metrics.service.ts'],
  },
  health: {
    about: 'GET /api/health, GET /api/health/live',
    uses: ['auth'],
    exposes: [],
  },
};

/** Layers of src/ every module may import. */
export const SHARED_LAYERS = ['common', 'config', 'contracts', 'database', 'workbooks'];
/** Layers that import no module: they sit under every module. */
const BASE_LAYERS = ['common', 'contracts', 'workbooks'];

const ROLE = /\.(controller|service|module|entity|repository|mapper|dto|guard|filter|decorators)$/;
/** Files whose exports other modules take by class or type name only, never as free functions. */
const CLASSES_ONLY = /\.(controller|service|module)\.ts$/;

/** `src/modules/plans/plan-rules.ts` → { area: 'modules', module: 'plans', file: 'plan-rules.ts' }. */
function locate(path) {
  const parts = path.split(sep).join('/').split('/');
  if (parts[0] !== 'src') return null;
  if (parts[1] === 'modules' && parts.length > 3)
    return { area: 'modules', module: parts[2], file: parts.slice(3).join('/') };
  return {
    area: parts.length > 2 ? parts[1] : parts[1].replace(/\.ts$/, ''),
    module: null,
    file: parts.slice(2).join('/'),
  };
}

/** A file with a role suffix (or under dto/) is framework glue; any other file holds pure logic. */
export function isRoleFile(file) {
  const base = file.replace(/\.ts$/, '').replace(/\.spec$/, '');
  return ROLE.test(base) || /(^|\/)dto\//.test(file);
}

/** Test code (specs and shared fixtures) may reach into any module and any file, as test/ does. */
function isTestFile(file) {
  return file.endsWith('.spec.ts') || file.endsWith('test-fixtures.ts');
}

/**
 * Why the import of `source` (as written) from `fromPath` (relative to the repository) breaks the
 * module map, or null. `names`: the names imported, or null for a namespace or side-effect import.
 */
export function boundaryProblem(fromPath, source, names) {
  if (!source.startsWith('.')) return null;
  const from = locate(fromPath);
  if (!from) return null;
  const target = locate(normalize(join(dirname(fromPath), source)).replace(/\.js$/, '.ts'));
  if (!target) return null;
  if (BASE_LAYERS.includes(from.area)) {
    if (target.area === 'modules') return `src/${from.area} sits under every module and imports none`;
    if (from.area === 'contracts' && target.area !== 'contracts') return 'src/contracts imports nothing else';
    return null;
  }
  if (from.area !== 'modules' || from.module === target.module) return null;
  if (target.area !== 'modules') {
    return SHARED_LAYERS.includes(target.area)
      ? null
      : `a module imports only modules and ${SHARED_LAYERS.map((layer) => `src/${layer}`).join(', ')}`;
  }
  const entry = MODULES[target.module];
  if (!entry) return `${target.module} is not in the module map (scripts/module-map.js)`;
  if (isTestFile(from.file)) return null;
  const own = MODULES[from.module];
  if (!own?.uses.includes(target.module)) {
    return `${from.module} may not use ${target.module} (scripts/module-map.js); it uses ${own?.uses.join(', ') || 'no module'}`;
  }
  if (!entry.exposes.includes(target.file)) {
    return `${target.module}/${target.file} is not on ${target.module}'s public surface (${entry.exposes.join(', ') || 'none'})`;
  }
  if (CLASSES_ONLY.test(target.file)) {
    const loose = names === null ? ['*'] : names.filter((name) => !/^[A-Z]/.test(name));
    if (loose.length > 0) {
      return `from ${target.module}/${target.file} other modules take only its classes and types, not ${loose.join(', ')}: move shared functions to a pure file`;
    }
  }
  return null;
}

/**
 * Why a pure file may not import `source`, or null (pure-imports; the packages a pure file may
 * not import, @nestjs/*, typeorm and pg, are the no-restricted-imports block of eslint.config.js).
 */
export function pureProblem(fromPath, source) {
  const from = locate(fromPath);
  if (!from || from.area !== 'modules' || isRoleFile(from.file) || isTestFile(from.file)) return null;
  if (!source.startsWith('.')) return null;
  const target = source.replace(/\.js$/, '').split('/').pop() ?? '';
  if (isRoleFile(`${target}.ts`) || /(^|\/)dto\//.test(source)) {
    return `a pure file (no role suffix) does not import framework glue: ${source}`;
  }
  return null;
}

function importedNames(node) {
  if (node.type === 'ImportDeclaration') {
    if (node.specifiers.length === 0) return null;
    if (node.specifiers.some((spec) => spec.type === 'ImportNamespaceSpecifier')) return null;
    return node.specifiers.map((spec) =>
      spec.type === 'ImportDefaultSpecifier' ? 'default' : (spec.imported.name ?? spec.imported.value),
    );
  }
  if (node.type === 'ExportNamedDeclaration')
    return node.specifiers.map((spec) => spec.local.name ?? spec.local.value);
  return null;
}

function sourceRule(check, description) {
  return {
    meta: { type: 'problem', docs: { description }, schema: [] },
    create(context) {
      const path = relative(ROOT, context.filename);
      const visit = (node) => {
        if (!node.source || typeof node.source.value !== 'string') return;
        const problem = check(path, node.source.value, node);
        if (problem) context.report({ node: node.source, message: problem });
      };
      return {
        ImportDeclaration: visit,
        ExportNamedDeclaration: visit,
        ExportAllDeclaration: visit,
        ImportExpression: visit,
      };
    },
  };
}

/** The local ESLint plugin: `pusula/module-boundaries` and `pusula/pure-imports`. */
export const BOUNDARIES_PLUGIN = {
  meta: { name: 'pusula-boundaries' },
  rules: {
    'module-boundaries': sourceRule(
      (path, source, node) => boundaryProblem(path, source, importedNames(node)),
      'modules import only the modules the map lets them use, and only their public surface',
    ),
    'pure-imports': sourceRule(
      (path, source) => pureProblem(path, source),
      'pure files import no framework glue, Nest, TypeORM or pg',
    ),
  },
};

const DOC = 'docs/architecture.md';
const START = '<!-- module-map:start (written by node scripts/module-map.js --write) -->';
const END = '<!-- module-map:end -->';

/** The module-map section of docs/architecture.md, as MODULES says it. */
export function renderMap() {
  const users = (name) =>
    Object.entries(MODULES)
      .filter(([, entry]) => entry.uses.includes(name))
      .map(([other]) => other);
  const code = (items) => (items.length ? items.map((item) => `\`${item}\``).join(', ') : '—');
  const rows = Object.entries(MODULES).map(
    ([name, entry]) =>
      `| \`${name}/\` | ${entry.about} | ${code(entry.uses)} | ${code(users(name))} | ${code(entry.exposes)} |`,
  );
  return [
    START,
    '| module | holds | uses | used by | exposes (its public surface) |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `Every module may also import ${SHARED_LAYERS.map((layer) => `\`src/${layer}/\``).join(', ')};`,
    `${BASE_LAYERS.map((layer) => `\`src/${layer}/\``).join(', ')} import no module. Specs and`,
    '`test-fixtures.ts` are test code and may import any module, as `test/` does. The composition',
    'root (`main.ts`, `app.*.ts`), `src/database/` (the entity list, the demo seed), `src/config/`',
    'and `src/bench/` stand outside the modules and may import their files.',
    END,
  ].join('\n');
}

function mapProblems() {
  const problems = [];
  const folders = readdirSync(join(ROOT, 'src/modules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (const folder of folders)
    if (!MODULES[folder]) problems.push(`src/modules/${folder} is not in MODULES`);
  for (const [name, entry] of Object.entries(MODULES)) {
    if (!folders.includes(name)) problems.push(`MODULES.${name}: no folder src/modules/${name}`);
    for (const used of entry.uses)
      if (!MODULES[used]) problems.push(`MODULES.${name}.uses: unknown module ${used}`);
    for (const file of entry.exposes) {
      if (!existsSync(join(ROOT, 'src/modules', name, file)))
        problems.push(`MODULES.${name}.exposes: no file ${file}`);
    }
  }
  const doc = readFileSync(join(ROOT, DOC), 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) problems.push(`${DOC}: the module-map markers are missing`);
  else if (doc.slice(start, end + END.length) !== renderMap()) {
    problems.push(
      `${DOC}: the module map differs from scripts/module-map.js (run node scripts/module-map.js --write)`,
    );
  }
  return problems;
}

/**
 * Known-bad imports linted with the project's own ESLint config: each must be refused by its
 * rule, so removing a rule or its files block from eslint.config.js fails the check.
 */
const SELF_TESTS = [
  {
    file: 'src/modules/plans/plan-rules.ts',
    code: "import { PlansService } from './plans.service.js';\nexport const glue = PlansService;\n",
    rule: 'pusula/pure-imports',
  },
  {
    file: 'src/modules/progress/progress-engine.ts',
    code: "import type { Plan } from '../plans/plan.entity.js';\nexport type Row = Plan;\n",
    rule: 'pusula/pure-imports',
  },
  {
    file: 'src/modules/periods/worklist.ts',
    code: "import { Injectable } from '@nestjs/common';\nexport const glue = Injectable;\n",
    rule: 'no-restricted-imports',
  },
  {
    file: 'src/modules/questions/questions.service.ts',
    code: "import { IndicatorValuesService } from '../indicators/indicator-values.service.js';\nexport const other = IndicatorValuesService;\n",
    rule: 'pusula/module-boundaries',
  },
  {
    file: 'src/modules/public/public.service.ts',
    code: "import { toPlanResponse } from '../plans/plan.mapper.js';\nexport const internal = toPlanResponse;\n",
    rule: 'pusula/module-boundaries',
  },
  {
    file: 'src/modules/target-card-import/target-card-import.service.ts',
    code: "import { PlanDocumentService, helper } from '../plans/plan-document.service.js';\nexport const both = [PlanDocumentService, helper];\n",
    rule: 'pusula/module-boundaries',
  },
];

async function selfTestProblems() {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({
    cwd: ROOT,
    ruleFilter: ({ ruleId }) => ruleId.startsWith('pusula/') || ruleId === 'no-restricted-imports',
    // Only these rules run, and none needs type information: no TypeScript program to build.
    overrideConfig: { languageOptions: { parserOptions: { project: null, projectService: false } } },
  });
  const problems = [];
  for (const test of SELF_TESTS) {
    const [result] = await eslint.lintText(test.code, { filePath: join(ROOT, test.file) });
    if (!result.messages.some((message) => message.ruleId === test.rule)) {
      problems.push(`${test.rule} did not refuse, in ${test.file}: ${test.code.split('\n')[0]}`);
    }
  }
  return problems;
}

async function main(args) {
  if (args.includes('--write')) {
    const doc = readFileSync(join(ROOT, DOC), 'utf8');
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    if (start < 0 || end < start) throw new Error(`${DOC}: add the lines ${START} and ${END} first`);
    writeFileSync(join(ROOT, DOC), doc.slice(0, start) + renderMap() + doc.slice(end + END.length));
  }
  if (args.includes('--check') || args.includes('--write')) {
    const problems = [...mapProblems(), ...(await selfTestProblems())];
    for (const problem of problems) process.stderr.write(`module map: ${problem}\n`);
    if (problems.length > 0) process.exit(1);
    process.stdout.write(`module map: ${Object.keys(MODULES).length} modules, docs and lint rules agree\n`);
    return;
  }
  process.stdout.write('usage: node scripts/module-map.js --check | --write\n');
}

// No top-level await: the self-test's ESLint loads eslint.config.js, which imports this file.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`module map: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
