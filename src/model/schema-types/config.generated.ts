// Generated from schemas/config.schema.json by `npm run docs`; do not edit. src/model/raw-matches-schema.ts pins raw.ts to it.

/**
 * 数据目录中的 plan.config.yaml:设置各检查规则的级别。
 */
export interface ConfigFile {
  /**
   * 规则 id → 级别(off、warn、error)。规则见 docs/rules.md。
   */
  rules?: {
    /**
     * 文件必须是 UTF-8 编码 / Files must be encoded as UTF-8(默认 / default: error)
     */
    'file-encoding'?: 'off' | 'warn' | 'error';
    /**
     * YAML 语法必须正确 / YAML must be well-formed(默认 / default: error)
     */
    'yaml-syntax'?: 'off' | 'warn' | 'error';
    /**
     * 同一层级不能有重复的键 / Keys must be unique within a mapping(默认 / default: error)
     */
    'duplicate-key'?: 'off' | 'warn' | 'error';
    /**
     * 文件必须符合其 JSON Schema / Files must match their JSON Schema(默认 / default: error)
     */
    schema?: 'off' | 'warn' | 'error';
    /**
     * 部分只能有 text、sections、items 之一;节只能有 sections、items 之一;条目只能有 text、clauses 之一;条文只能有 units、unitLists 之一 / A part has exactly one of text/sections/items, a section of sections/items, an item of text/clauses, a clause of units/unitLists(默认 / default: error)
     */
    'content-shape'?: 'off' | 'warn' | 'error';
    /**
     * 计划的 id 和简称不能重复 / Plan ids and short names must be unique(默认 / default: error)
     */
    'duplicate-plan-id'?: 'off' | 'warn' | 'error';
    /**
     * 计划引用的名单必须存在 / A plan's roster must exist(默认 / default: error)
     */
    'unknown-roster'?: 'off' | 'warn' | 'error';
    /**
     * 责任单位必须能在名单中找到(名称、别名、组或已确认的名单外单位) / Responsible units must resolve to the roster(默认 / default: error)
     */
    'unknown-unit'?: 'off' | 'warn' | 'error';
    /**
     * 单位名称的标点写法与名单不一致(如全角括号),已按同一单位处理 / A unit name's punctuation differs from the roster's; it was matched anyway(默认 / default: warn)
     */
    'name-normalised'?: 'off' | 'warn' | 'error';
    /**
     * 文字中不能有零宽字符等不可见字符 / Text must not contain invisible characters(默认 / default: error)
     */
    'invisible-character'?: 'off' | 'warn' | 'error';
    /**
     * 章节的合作领域 id 必须在 domains 文件中定义 / Section domains must be defined in a domains file(默认 / default: error)
     */
    'unknown-domain'?: 'off' | 'warn' | 'error';
    /**
     * 条目编号必须按计划的编号方式连续(全计划连续、每部分重新编号或每节重新编号) / Item numbers must be consecutive in the plan's numbering mode (global, per part, per section)(默认 / default: error)
     */
    'item-numbering'?: 'off' | 'warn' | 'error';
    /**
     * 量化指标的 quote 必须逐字出现在所属条文中 / A target's quote must appear verbatim in its text(默认 / default: error)
     */
    'target-quote'?: 'off' | 'warn' | 'error';
    /**
     * 名单中的别名和组必须指向存在的单位或段落 / Roster aliases and groups must point at existing entries or lists(默认 / default: error)
     */
    'roster-reference'?: 'off' | 'warn' | 'error';
    /**
     * 配置文件 plan.config.yaml 和计划文件 rules 中的规则 id 必须存在 / Rule ids in plan.config.yaml and in a plan's rules must exist(默认 / default: error)
     */
    'config-rule'?: 'off' | 'warn' | 'error';
    /**
     * impliedUnits 的 quote 必须逐字出现在本条文字中,means 必须是名单中的组 / impliedUnits must quote its text verbatim and mean a group of the roster(默认 / default: error)
     */
    'implied-units'?: 'off' | 'warn' | 'error';
    /**
     * 责任单位名称不能超过 200 个字符 / A responsible unit's name must not be longer than 200 characters(默认 / default: error)
     */
    'unit-name-too-long'?: 'off' | 'warn' | 'error';
    /**
     * 同一计划中条文编号不能重复 / Clause ids must be unique within a plan(默认 / default: error)
     */
    'duplicate-clause-id'?: 'off' | 'warn' | 'error';
    /**
     * 人员(责任领导、责任人)与单位分开记录:人员栏不能写成单位栏,单位不能写在 leaders 中 / People (leaders) and units are kept apart: no person column as a unit list, no unit among the leaders(默认 / default: error)
     */
    'people-not-units'?: 'off' | 'warn' | 'error';
    /**
     * 通知中的任务没有责任括注 / A task in the notice with no responsibility bracket(默认 / default: error)
     */
    'import-no-bracket'?: 'off' | 'warn' | 'error';
    /**
     * 通知中有 plan import 读不懂的括号 / A bracket in the notice that plan import cannot read(默认 / default: error)
     */
    'import-unreadable-bracket'?: 'off' | 'warn' | 'error';
    /**
     * 通知中的任务编号不连续 / A task number out of sequence in the notice(默认 / default: error)
     */
    'import-number-sequence'?: 'off' | 'warn' | 'error';
    /**
     * 通知中有责任括注但没有编号的任务 / A task with a responsibility bracket but no number(默认 / default: error)
     */
    'import-unnumbered-task'?: 'off' | 'warn' | 'error';
    /**
     * 通知中有 plan import 放不进计划结构的行 / A line of the notice that plan import cannot place(默认 / default: error)
     */
    'import-unplaced-line'?: 'off' | 'warn' | 'error';
    /**
     * 计划标题中没有年份 / A plan title with no year(默认 / default: error)
     */
    'import-no-year'?: 'off' | 'warn' | 'error';
    /**
     * 名单附件中不是名单的行 / A line of a roster annex that is not a list(默认 / default: info)
     */
    'import-left-out'?: 'off' | 'warn' | 'error';
    /**
     * 进展报告中的条文编号必须存在 / Clause ids in progress reports must exist(默认 / default: error)
     */
    'progress-unknown-clause'?: 'off' | 'warn' | 'error';
    /**
     * 报告单位必须在名单上 / The reporting unit must be on the roster(默认 / default: error)
     */
    'progress-unknown-unit'?: 'off' | 'warn' | 'error';
    /**
     * 报告的条文应由报告单位承担 / Reported clauses should be held by the reporting unit(默认 / default: warn)
     */
    'progress-not-held'?: 'off' | 'warn' | 'error';
    /**
     * “未能完成”“不适用”须写明原因 / 未能完成 and 不适用 need a reason(默认 / default: error)
     */
    'progress-reason'?: 'off' | 'warn' | 'error';
    /**
     * 每条都应填写落实状态 / Every clause should have a status(默认 / default: warn)
     */
    'progress-unfilled'?: 'off' | 'warn' | 'error';
    /**
     * 报告期间须在计划年度内 / The period must fall in the plan's year(默认 / default: error)
     */
    'progress-period'?: 'off' | 'warn' | 'error';
    /**
     * 同一单位同一期间只能有一份报告 / One report per unit and period(默认 / default: error)
     */
    'progress-duplicate'?: 'off' | 'warn' | 'error';
    /**
     * 已报“已完成”的条文在之后的报告中不应退回 / A clause reported done should stay done in later reports(默认 / default: warn)
     */
    'progress-regressed'?: 'off' | 'warn' | 'error';
    /**
     * 实际完成值须对应条文的指标,且与“已完成”相符 / Actual values must match the clause's targets and agree with 已完成(默认 / default: error)
     */
    'progress-target'?: 'off' | 'warn' | 'error';
    /**
     * 责任单位不在名单中(已在 notOnRoster 中登记,或在 unconfirmed 中待核对) / A responsible unit is not on the roster (acknowledged under notOnRoster, or unconfirmed)(默认 / default: warn)
     */
    'unit-not-on-roster'?: 'off' | 'warn' | 'error';
    /**
     * 名单中的单位在全部或部分计划中没有被点名的任务 / A roster unit is named by no clause in some or all plans(默认 / default: info)
     */
    'unused-roster-unit'?: 'off' | 'warn' | 'error';
    /**
     * 同一依据文件在不同计划中的文号不一致 / The same basis document is cited with different numbers(默认 / default: error)
     */
    'basis-number-mismatch'?: 'off' | 'warn' | 'error';
    /**
     * 同一文号在不同计划中对应的文件标题不一致(仅标点写法不同的不算) / The same document number is cited with different titles (punctuation-only differences excepted)(默认 / default: error)
     */
    'basis-title-mismatch'?: 'off' | 'warn' | 'error';
    /**
     * 章节或部分没有任何条目 / A section or part has no items(默认 / default: warn)
     */
    'empty-section'?: 'off' | 'warn' | 'error';
    /**
     * 条目的所有条文都没有责任单位 / No clause of an item names a responsible unit(默认 / default: warn)
     */
    'item-without-units'?: 'off' | 'warn' | 'error';
    /**
     * 计划与其声明的原文(source)不逐字一致,或漏录了原文的内容 / A plan differs from the source text it declares, or leaves some of it out(默认 / default: error)
     */
    'source-verbatim'?: 'off' | 'warn' | 'error';
    [k: string]: ('off' | 'warn' | 'error') | undefined;
  };
}
