// Generated from schemas/plan.schema.json by `npm run docs`; do not edit. src/model/raw-matches-schema.ts pins raw.ts to it.

/**
 * 中文序号,如“一”。
 */
export type Numeral = string;
/**
 * 责任单位名称,照录原文。
 */
export type UnitName = string;

/**
 * 一份工作计划(如附件1、附件2)。文字逐字照录原文;推断内容放在单独字段并附说明。
 */
export interface PlanFile {
  /**
   * 文件类型,计划文件固定为 plan。
   */
  kind: 'plan';
  /**
   * 计划的唯一标识,小写字母、数字和连字符,如 jiangbei-huangzhou-2023。
   */
  id: string;
  /**
   * 用户输入的简称,如“黄州”。
   */
  short: string;
  /**
   * 在通知中的附件序号。
   */
  annex?: number;
  /**
   * 计划标题,照录原文。
   */
  title: string;
  /**
   * 对口合作地区。
   */
  partner?: {
    /**
     * 对口合作的区县,如“黄州区”。
     */
    district: string;
    /**
     * 所属革命老区,如“大别山革命老区”。
     */
    baseArea?: string;
  };
  /**
   * 计划年度。
   */
  year: number;
  /**
   * 印发机关,照录原文落款。
   */
  issuer?: string;
  /**
   * 成文日期,写作带引号的 "YYYY-MM-DD"。
   */
  date?: string;
  /**
   * 所对照的考评单位名单文件的 id(roster 文件中的 id)。
   */
  roster: string;
  /**
   * 计划开头的引言段,照录原文。
   */
  preamble?: string;
  /**
   * 引言中引用的依据文件。
   */
  basis?: {
    /**
     * 文件标题,照录书名号内文字。
     */
    title: string;
    /**
     * 文号,照录原文,如“国发〔2021〕3号”。
     */
    number?: string;
  }[];
  /**
   * 计划的各部分(一、二、三……)。
   *
   * @minItems 1
   */
  parts: Part[];
}
/**
 * 计划的一个部分,如“二、重点任务”。text、sections、items 三者只能有一个。
 */
export interface Part {
  number: Numeral;
  /**
   * 部分标题,如“重点任务”。
   */
  heading: string;
  /**
   * 不分条目的正文段落(如工作目标、指导思想)。
   */
  text?: string;
  sections?: Section[];
  items?: Item[];
}
/**
 * 部分下的一节,如“(二)传承弘扬红色文化”。
 */
export interface Section {
  number: Numeral;
  /**
   * 节标题,照录原文。
   */
  heading: string;
  /**
   * 所属合作领域的 id(见 domains.yaml);不属于任何领域时写 null。
   */
  domain: string | null;
  items: Item[];
}
/**
 * 一个编号条目,如“1.强化研究部署。……”。
 */
export interface Item {
  /**
   * 条目编号,照录原文:阿拉伯数字写作“1.”,中文数字写作“(一)”。
   */
  number: string;
  /**
   * 条目标题(第一个句号之前的文字)。
   */
  title: string;
  /**
   * 没有责任单位括号的正文,照录原文。
   */
  text?: string;
  impliedUnits?: ImpliedUnits;
  targets?: Target[];
  /**
   * @minItems 1
   */
  clauses?: Clause[];
}
/**
 * 推断:原文没有把这项要求写进〔责任单位〕括注(或括注只写了泛指的单位),而是在正文中写明由全体单位承担(如“各部门各单位要……”)。查询时标为“全体(无括注)”。
 */
export interface ImpliedUnits {
  /**
   * 正文写法所指的名单组名,如“区绩效考评单位”。
   */
  means: string;
  /**
   * 正文中写明由谁承担的原文片段,须逐字出现在本条文字中。
   */
  quote: string;
  /**
   * 推断依据,引用原文。
   */
  note: string;
}
/**
 * 原文中的量化指标。
 */
export interface Target {
  /**
   * 指标所在的原文片段,必须逐字出现在本条文字中。
   */
  quote: string;
  /**
   * 统计的是什么(整理时的概括)。
   */
  counts: string;
  /**
   * 数值。
   */
  value: number;
  /**
   * 计量单位,如“次”“个”“万元”。
   */
  unit: string;
  /**
   * 是否为下限(至少、以上、不少于)。
   */
  atLeast: boolean;
}
/**
 * 以“〔责任单位:……〕”结尾的一句任务。
 */
export interface Clause {
  /**
   * 标题或上一个括号之后、本括号之前的原文。
   */
  text: string;
  /**
   * 括号内的责任单位,照录原文、保持顺序。
   */
  units: UnitName[];
  /**
   * 原文单位之间不全是“、”时,逐个记录分隔符。
   */
  separators?: ('、' | ',')[];
  /**
   * 紧跟括号之后、下一句之前的标点(如“;”)。
   */
  trailing?: string;
  targets?: Target[];
  impliedUnits?: ImpliedUnits;
}
