// Generated from schemas/plan.schema.json by `npm run docs`; do not edit. src/model/raw-matches-schema.ts pins raw.ts to it.

/**
 * 中文序号,如“一”。
 */
export type Numeral = string;
/**
 * 领导或责任人,按原文顺序。
 */
export type Leaders = Leader[];
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
   * 计划所属通知的标题,照录原文(原文中的空格照录),如“关于印发《…》的通知”;单位打印版以它为抬头。写了 source 时,plan check 核对它在原文中逐字出现。
   */
  notice?: string;
  /**
   * 原文文本文件的路径(相对本文件),如 source/jiangbei-2023-cooperation-plans.txt;写了它,plan check 就逐字核对本计划与原文(规则 source-verbatim)。
   */
  source?: string;
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
   * 条目编号方式:条目编号如何连续:global 全计划从 1 连续编到 N(跨部分、跨节);per-part 每个部分内连续、各部分重新从 1(或“一”)开始(如附件1);per-section 每节重新从 1 开始(如附件2)。不写时两种连续方式都接受。
   */
  numbering?: 'global' | 'per-part' | 'per-section';
  /**
   * 本计划的规则级别:只对本计划文件生效的规则级别(off、warn、error),优先于同一文件夹 plan.config.yaml 中的设置。
   */
  rules?: {
    [k: string]: ('off' | 'warn' | 'error') | undefined;
  };
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
  leaders?: Leaders;
  /**
   * 不分条目的正文段落(如工作目标、指导思想)。
   */
  text?: string;
  sections?: Section[];
  items?: Item[];
}
/**
 * 领导或责任人:原文中的“责任领导:张三、李四”“牵头领导:甲、乙”“责任人:某某”。人名不是单位,不参与单位统计和名单核对。
 */
export interface Leader {
  /**
   * 原文的栏目名,照录,如“责任领导”“牵头领导”“责任人”。
   */
  label: string;
  /**
   * 人名或职务,照录原文、保持顺序。
   *
   * @minItems 1
   */
  names: string[];
}
/**
 * 部分下的一节,如“(二)传承弘扬红色文化”;没有编号的是专题小标题(如“加强基础设施建设”)。items、sections 二者只能有一个。
 */
export interface Section {
  /**
   * 中文序号,如“一”。
   */
  number?: string;
  /**
   * 节标题,照录原文。
   */
  heading: string;
  leaders?: Leaders;
  /**
   * 所属合作领域的 id(见 domains.yaml);不属于任何领域时写 null 或不写。
   */
  domain?: string | null;
  items?: Item[];
  /**
   * 节下的小节或专题小标题。
   */
  sections?: Section[];
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
   * 条目标题(第一个句号之前的文字);原文一句话即一条任务、没有单独标题的,不写此项。
   */
  title?: string;
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
   * 指标的界:atLeast 下限(至少、以上、不少于,≥);atMost 上限(以内、不超过,≤);exactly 确数(=);about 约数(左右、稳定在,≈);increase 较基数增加(↑,基数写在 base)。
   */
  bound: 'atLeast' | 'atMost' | 'exactly' | 'about' | 'increase';
  /**
   * 数值;“有所增加”之类没有数值的不写。
   */
  value?: number;
  /**
   * 计量单位,如“次”“个”“万元”“%”。
   */
  unit?: string;
  /**
   * 比较的基数,照录原文,如“2022年”“上年”。
   */
  base?: string;
  /**
   * 完成时限:指标的完成时限,照录原文,如“2023年底前”。
   */
  deadline?: string;
}
/**
 * 一句任务,连同它的责任单位(如结尾的“〔责任单位:……〕”)。units 与 unitLists 二者只能有一个。
 */
export interface Clause {
  /**
   * 条文编号:条文在本计划内的固定编号(字母、数字、点、连字符)。不写时按“部分.节.条目.第几条”自动编出(如 2.3.10.3);在同一条目中间插入条文会使其后条文的自动编号改变,需要固定的(如已被进度报告引用的)请写下来。
   */
  id?: string;
  /**
   * 标题或上一个括号之后、本括号之前的原文。
   */
  text: string;
  /**
   * 括号内的责任单位,照录原文、保持顺序(原文只有一个“责任单位”栏时用此项,角色不区分牵头/配合)。
   */
  units?: UnitName[];
  /**
   * 原文单位之间不全是“、”时,逐个记录分隔符。
   */
  separators?: ('、' | ',' | ' ' | '\n')[];
  /**
   * 紧跟括号之后、下一句之前的标点(如“;”)。
   */
  trailing?: string;
  /**
   * 原文分栏列出的单位(牵头单位、责任单位、配合单位……),按原文顺序。
   *
   * @minItems 1
   */
  unitLists?: UnitList[];
  leaders?: Leaders;
  /**
   * 完成时限:完成时限,照录原文,如“2023年12月底前”。
   */
  deadline?: string;
  targets?: Target[];
  impliedUnits?: ImpliedUnits;
}
/**
 * 一栏单位:一栏单位,如“牵头单位:区发改局、区农业农村局”。
 */
export interface UnitList {
  /**
   * 栏目名,照录原文,如“牵头单位”“责任单位”“配合单位”“协办单位”。
   */
  label: string;
  /**
   * 角色:lead 牵头,support 配合/协办,unspecified 未区分。不写时由栏目名推定(见 docs/json.md);栏目名不常见时请写明。
   */
  role?: 'lead' | 'support' | 'unspecified';
  /**
   * 本栏单位,照录原文、保持顺序。
   */
  units: UnitName[];
  /**
   * 原文单位之间不全是“、”时,逐个记录分隔符。
   */
  separators?: ('、' | ',' | ' ' | '\n')[];
  /**
   * 紧跟单位之后的括注,照录原文,如“列第一位者为牵头单位,下同”。
   */
  remark?: string;
  /**
   * 列第一位者为牵头单位:原文说明“列第一位者为牵头单位”时,写明依据(在何处如此说明);本栏第一个单位记为牵头,其余为配合,并标为推断。
   */
  firstIsLead?: string;
}
