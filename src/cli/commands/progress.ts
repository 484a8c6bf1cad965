// `plan progress init`: a unit's ready-to-fill progress report for a period; `plan progress`: the 督办 overview of the
// reports filed (per unit, per clause, per cooperation area, targets), and with --format md a draft 半年总结.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { shown, type Workspace } from '../../load/load-workspace.js';
import { PERIOD, type ProgressOverview, TALLY_ORDER } from '../../model/progress.js';
import type { UnitTarget } from '../../query/find-unit.js';
import { latestPeriod, progressOverview } from '../../query/progress-overview.js';
import { listTasks } from '../../query/tasks.js';
import { renderProgressSummary } from '../../render/progress-summary.js';
import type { Report } from '../../render/report.js';
import { outcomeWords } from '../../render/target-outcome.js';
import type { Context, GlobalOptions } from '../context.js';
import { addFormatOption, itemCell, roleAndMatch, targetText, unitListsText } from '../describe.js';
import { loadData, selectPlan } from '../load-data.js';
import { nameList } from '../name-list.js';
import { selectUnits } from '../select-unit.js';
import { UsageError } from '../usage-error.js';
import { UnwritableFileError, writeFileAtomic } from '../write-atomic.js';

interface InitOptions {
  unit?: string;
  period?: string;
  out?: string;
}

interface OverviewOptions {
  period?: string;
  unit?: string;
  plan?: string;
  format?: string;
}

export function checkPeriod(ctx: Context, period: string): string {
  if (PERIOD.test(period)) return period;
  throw new UsageError(
    ctx.t(
      `--period 应写作 2023(全年)、2023-H1(上半年)、2023-H2、2023-Q1 至 2023-Q4(收到 “${period}”)`,
      `--period is 2023 (the year), 2023-H1, 2023-H2 or 2023-Q1 to 2023-Q4 (got "${period}")`,
    ),
  );
}

/** The one roster entry --unit names; a group, a name off the roster or a name in several rosters is refused. */
function selectEntry(ctx: Context, workspace: Workspace, name: string): Extract<UnitTarget, { kind: 'entry' }> {
  const targets = selectUnits(ctx, workspace, name);
  const [target] = targets;
  if (targets.length > 1)
    throw new UsageError(
      ctx.t(
        `“${name}”在多个名单中都有,请写明名单,如 ${targets.map((t) => `${t.kind === 'entry' ? t.roster.id : t.rosterId}:${name}`).join('、')}`,
        `"${name}" is on several rosters; qualify it, e.g. ${targets.map((t) => `${t.kind === 'entry' ? t.roster.id : t.rosterId}:${name}`).join(', ')}`,
      ),
    );
  if (target?.kind !== 'entry')
    throw new UsageError(
      ctx.t(
        `进展报告由名单上的单位报送,“${name}”不是名单上的单位(可能是单位组或名单外的名称)`,
        `Progress reports come from roster units; "${name}" is not one (a group or a name off the roster)`,
      ),
    );
  return target;
}

/** schemas/progress.schema.json of this installation, relative to the folder the report goes in. */
function schemaPath(fromDir: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '..', 'schemas'), path.resolve(here, '..', '..', 'schemas')];
  const dir = candidates.find((c) => fs.existsSync(path.join(c, 'progress.schema.json'))) ?? candidates[0];
  return path
    .relative(fromDir, path.join(dir as string, 'progress.schema.json'))
    .split(path.sep)
    .join('/');
}

function registerInit(progress: Command, ctx: Context): void {
  progress
    .command('init')
    .description(
      ctx.t(
        '为单位生成待填写的进展报告(其承担的全部条文,状态留空);已有报告时只补上新增条文,已填内容不变',
        'Write a ready-to-fill progress report of the clauses a unit holds; on an existing report, add new clauses only',
      ),
    )
    .option(
      '-o, --out <file>',
      ctx.t('写入的文件(已存在则补充);省略时输出到屏幕', 'file to write (added to when it exists); default: stdout'),
    )
    // --unit and --period are those of `plan progress` (commander gives a parent's options to it wherever they stand).
    .addHelpText(
      'after',
      ctx.t(
        '\n必填:--unit <单位>(报告单位,名单上的名称)、--period <期间>(如 2023-H1、2023-Q3、2023)。\n例:plan progress init --unit 区商务局 --period 2023-H1 --out 区商务局-2023-H1.progress.yaml',
        '\nRequired: --unit <name> (reporting unit, roster name), --period <period> (e.g. 2023-H1, 2023-Q3, 2023).\nExample: plan progress init --unit 区商务局 --period 2023-H1 --out 区商务局-2023-H1.progress.yaml',
      ),
    )
    .action(async (_: unknown, cmd: Command) => {
      const options = cmd.optsWithGlobals<InitOptions & GlobalOptions>();
      if (!options.unit || !options.period)
        throw new UsageError(
          ctx.t(
            'plan progress init 需要 --unit <单位> 和 --period <期间>,如 --unit 区商务局 --period 2023-H1',
            'plan progress init needs --unit <name> and --period <period>, e.g. --unit 区商务局 --period 2023-H1',
          ),
        );
      const period = checkPeriod(ctx, options.period);
      const workspace = loadData(ctx, options);
      const target = selectEntry(ctx, workspace, options.unit);
      const { entry } = target;
      const rosterId = target.roster.id;
      const year = Number(period.slice(0, 4));
      const plans = workspace.plans.filter((p) => p.rosterId === rosterId && p.year === year);
      if (plans.length === 0)
        throw new UsageError(
          ctx.t(`没有 ${year} 年度、用名单 ${rosterId} 的计划`, `No ${year} plan uses roster ${rosterId}`),
        );
      // Exactly what `plan tasks --unit` lists, the "possibly" ones apart.
      const rows = listTasks(workspace.plans, { plans, unit: target });
      const held = rows.filter((r) => r.match !== 'possibly');
      const possibly = rows.filter((r) => r.match === 'possibly');
      const clauses = held.map((r) => ({
        id: r.clause.id,
        comment: [
          `${r.clause.plan.short} ${itemCell(r.clause.item)} · ${roleAndMatch(ctx, r)}`,
          ...(r.clause.units.length ? [`${ctx.t('责任单位', 'Units')}:${unitListsText(r.clause)}`] : []),
          `${ctx.t('原文', 'Text')}:${r.clause.text}`,
          ...(r.clause.targets.length
            ? [`${ctx.t('指标', 'Targets')}:${targetText(ctx, r.clause.targets).replace(/\n/g, ';')}`]
            : []),
        ],
        targets: r.clause.targets.map((t) => t.counts),
      }));
      const possiblyBlock = possibly.length
        ? [
            ctx.t(
              '以下条文只是可能由本单位承担(通过泛指的单位组,原文未列明具体单位)。如确由本单位承担,请把它加到 clauses 中:',
              'These clauses are only possibly held (through a vague group the source does not list). If the unit holds one, add it to clauses:',
            ),
            ...possibly.flatMap((r) => [
              `  - id: ${r.clause.id}    # ${r.clause.plan.short} ${itemCell(r.clause.item)} · ${roleAndMatch(ctx, r)}`,
              `    # ${r.note ?? ''}`,
              `    # ${ctx.t('原文', 'Text')}:${r.clause.text}`,
            ]),
          ]
        : [];
      const out = options.out ? path.resolve(ctx.io.cwd, options.out) : null;
      const input = {
        schema: schemaPath(out ? path.dirname(out) : ctx.io.cwd),
        header: [
          ctx.t(
            `${entry.name} ${period} 工作进展报告,由 plan progress init 生成。`,
            `${entry.name} progress report for ${period}, written by plan progress init.`,
          ),
          ctx.t(
            '逐条填写 status:未启动、推进中、已完成、未能完成(须写 reason)、不适用(须写 reason);',
            'For each clause fill status: 未启动, 推进中, 已完成, 未能完成 (with reason), 不适用 (with reason);',
          ),
          ctx.t(
            'summary 写落实情况,evidence 列佐证材料(文号、会议日期、链接),actual 填量化指标的实际值。填好后运行 plan validate 检查。',
            'summary: what was done; evidence: document numbers, meeting dates, links; actual: values for the targets. Then run plan validate.',
          ),
        ],
        unit: entry.name,
        plans: plans.map((p) => p.id),
        period,
        date: new Date().toISOString().slice(0, 10),
        clauses,
        possibly: possiblyBlock,
      };
      const template = await import('../../format/progress-template.js');
      if (!out) {
        ctx.io.stdout(template.newProgressReport(input));
        return;
      }
      let existing: Buffer | null = null;
      try {
        existing = fs.readFileSync(out);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
          throw new UnwritableFileError(out, (error as NodeJS.ErrnoException).code ?? 'EIO');
      }
      const shownOut = shown(out, ctx.io.cwd);
      if (existing === null) {
        writeFileAtomic(out, template.newProgressReport(input));
        ctx.note(
          ctx.t(
            `已写入 ${shownOut}:${clauses.length} 条待填写`,
            `Wrote ${shownOut}: ${clauses.length} clause(s) to fill`,
          ),
        );
        return;
      }
      let updated: { text: string; added: string[] };
      try {
        updated = template.updateProgressReport(existing.toString('utf8'), input);
      } catch (error) {
        if (!(error instanceof template.NotAProgressReport)) throw error;
        throw new UsageError(
          ctx.t(
            `${shownOut} 已存在,但不是可读的进展报告(kind: progress),未作改动。请换一个文件名,或先用 plan validate 检查它`,
            `${shownOut} exists but is not a readable progress report (kind: progress); left unchanged. Pick another name or run plan validate on it`,
          ),
        );
      }
      if (updated.added.length > 0) writeFileAtomic(out, updated.text, { replacing: existing });
      ctx.note(
        updated.added.length > 0
          ? ctx.t(
              `已在 ${shownOut} 中补上 ${updated.added.length} 条新增条文:${nameList(ctx, updated.added)};已填内容未改动`,
              `Added ${updated.added.length} new clause(s) to ${shownOut}: ${nameList(ctx, updated.added)}; filled values kept`,
            )
          : ctx.t(`${shownOut} 已含全部条文,未作改动`, `${shownOut} already holds every clause; left unchanged`),
      );
    });
}

const tallyHeaders = (ctx: Context) =>
  TALLY_ORDER.map((s) => ({ key: s, header: s === '未报告' ? ctx.t('未报告', 'not reported') : s }));

/** The overview as printed: units, areas and targets as tables (csv: the units table), md: the draft summary. */
function overviewReports(ctx: Context, o: ProgressOverview): { units: Report; areas: Report; targets: Report } {
  const json = {
    period: o.period,
    units: o.units,
    unreported: o.unreported,
    clauses: o.clauses,
    areas: o.areas,
    targets: o.targets,
  };
  const units: Report = {
    title: ctx.t(`${o.period ?? ''} 各单位报送情况`, `Reports by unit, ${o.period ?? ''}`),
    columns: [
      { key: 'unit', header: ctx.t('单位', 'Unit') },
      { key: 'held', header: ctx.t('承担', 'Held') },
      { key: 'reported', header: ctx.t('已报', 'Reported') },
      ...tallyHeaders(ctx),
    ],
    rows: o.units.map((u) => ({
      unit: u.unit,
      held: String(u.held),
      reported: String(u.reported),
      ...Object.fromEntries(TALLY_ORDER.map((s) => [s, String(u.counts[s])])),
    })),
    footer: ctx.t(
      `共 ${o.units.length} 个单位承担条文,${o.unreported.length} 个未报送${o.unreported.length ? `:${o.unreported.join('、')}` : ''}`,
      `${o.units.length} units hold clauses; ${o.unreported.length} filed nothing${o.unreported.length ? `: ${o.unreported.join(', ')}` : ''}`,
    ),
    json,
  };
  const areas: Report = {
    title: ctx.t('各合作领域条文落实情况', 'Clauses by cooperation area'),
    columns: [
      { key: 'name', header: ctx.t('合作领域', 'Area'), wide: true },
      { key: 'clauses', header: ctx.t('条文', 'Clauses') },
      ...tallyHeaders(ctx),
    ],
    rows: o.areas.map((a) => ({
      name: a.name,
      clauses: String(a.clauses),
      ...Object.fromEntries(TALLY_ORDER.map((s) => [s, String(a.counts[s])])),
    })),
    json,
  };
  const targets: Report = {
    title: ctx.t('量化指标:实际与目标', 'Targets: actual against goal'),
    columns: [
      { key: 'clause', header: ctx.t('条文', 'Clause') },
      { key: 'counts', header: ctx.t('指标', 'Target'), wide: true },
      { key: 'goal', header: ctx.t('目标', 'Goal') },
      { key: 'actual', header: ctx.t('实际', 'Actual'), list: true },
    ],
    rows: o.targets.map((t) => ({
      clause: t.clause,
      counts: t.counts,
      goal: t.goal,
      actual:
        t.actual
          .map((a) =>
            a.value === null
              ? `${a.unit} ${ctx.t('未填', 'not given')}`
              : `${a.unit} ${a.value}(${outcomeWords(ctx.t, a.outcome)})`,
          )
          .join('、') || ctx.t('(未报告)', '(not reported)'),
    })),
    json,
  };
  return { units, areas, targets };
}

export function registerProgress(program: Command, ctx: Context): void {
  const progress = program
    .command('progress')
    .description(
      ctx.t(
        '进展督办:各单位承担与报送的条文、未报送的单位、各合作领域落实情况、量化指标;--format md 生成半年总结初稿',
        'Progress overview: clauses held and reported per unit, units that filed nothing, areas, targets; --format md drafts the summary',
      ),
    )
    .argument(
      '[reports...]',
      ctx.t(
        '进展报告所在的文件或目录(默认:数据目录中的)',
        'progress report files or folders (default: those in the data folder)',
      ),
    )
    .option(
      '--period <period>',
      ctx.t('报告期间,如 2023-H1;默认为报告中最近的期间', 'period, e.g. 2023-H1; default: the latest reported'),
    )
    .option('-u, --unit <name>', ctx.t('只看这个单位', 'this unit only'))
    .option('-p, --plan <plan>', ctx.t('计划 id 或简称,如 黄州', 'plan id or short name, e.g. 黄州'));
  addFormatOption(progress).action((paths: string[], options: OverviewOptions, cmd: Command) => {
    const globals = cmd.optsWithGlobals<GlobalOptions>();
    const workspace = loadData(ctx, globals);
    let reports = workspace.progress;
    if (paths.length > 0) {
      const given = ctx.load(paths.map((p) => path.resolve(ctx.io.cwd, p)));
      reports = given.progress;
      const broken = [...new Set(given.findings.map((f) => f.file))];
      if (broken.length > 0) {
        const line = ctx.t(
          `注意:${broken.length} 个进展报告文件有错误,未计入结果(${nameList(ctx, broken)})。请运行 plan validate 查看。`,
          `Note: ${broken.length} progress report file(s) have errors and were left out (${nameList(ctx, broken)}). Run plan validate.`,
        );
        ctx.note(line);
        ctx.incomplete.push(line);
        if (!globals.partial) ctx.exitCode = 1;
      }
    }
    const period = options.period ? checkPeriod(ctx, options.period) : latestPeriod(reports);
    if (period === null)
      throw new UsageError(
        ctx.t(
          '没有找到进展报告;请用 --period 指定期间(如 2023-H1)',
          'No progress reports found; give --period (e.g. 2023-H1)',
        ),
      );
    const plans = options.plan ? [selectPlan(ctx, workspace.plans, options.plan)] : workspace.plans;
    const unit = options.unit ? selectEntry(ctx, workspace, options.unit).entry : undefined;
    const overview = progressOverview({
      plans,
      rosters: workspace.rosters,
      domains: workspace.domains,
      reports,
      period,
      unit,
      lang: ctx.lang,
    });
    const { units, areas, targets } = overviewReports(ctx, overview);
    const format = options.format ?? 'table';
    if (format === 'md') {
      ctx.print({ ...units, markdown: renderProgressSummary(overview, ctx.lang) }, format);
      return;
    }
    ctx.print(units, format);
    if (format !== 'table') return;
    for (const more of [areas, targets]) {
      ctx.io.stdout('\n');
      ctx.print(more, format);
    }
  });
  registerInit(progress, ctx);
}
