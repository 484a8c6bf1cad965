// Generated from schemas/progress.schema.json by `npm run docs`; do not edit. src/model/raw-matches-schema.ts pins raw.ts to it.

/**
 * 一个单位在某一期间(上半年、某季度、全年)对其承担条文的落实情况报告;用 plan progress init 生成,单位填写后用 plan validate 检查。
 */
export interface ProgressFile {
  kind: 'progress';
  /**
   * 报告单位,写名单上的名称(如 区商务局)。
   */
  unit: string;
  /**
   * 报告涉及的计划 id(如 huangzhou-2023);省略时为报告中条文所属的计划。
   */
  plans?: string[];
  /**
   * 报告期间:2023(全年)、2023-H1(上半年)、2023-H2(下半年)、2023-Q3(第三季度)。
   */
  period: string;
  /**
   * 报送日期,如 2023-07-05。
   */
  date?: string;
  /**
   * 联系人及电话(可选)。
   */
  contact?: string;
  /**
   * 逐条报告:每条写条文编号(plan tasks --format json 中的 id)和落实状态。
   */
  clauses: Clause[];
}
export interface Clause {
  /**
   * 条文编号,如 huangzhou-2023:2.1.1.1(plan tasks --format json 中的 id)。
   */
  id: string;
  /**
   * 落实状态:未启动、推进中、已完成、未能完成(须写 reason)、不适用(须写 reason);留空表示尚未填写。
   */
  status?: '未启动' | '推进中' | '已完成' | '未能完成' | '不适用' | null;
  /**
   * 状态为 未能完成 或 不适用 时的原因。
   */
  reason?: string | null;
  /**
   * 落实情况简述,用单位自己的话写。
   */
  summary?: string | null;
  /**
   * 佐证材料:文号、会议日期、链接等,每项一行。
   */
  evidence?: string[] | null;
  /**
   * 量化指标的实际完成值,每项对应条文的一个指标(counts 与计划中的写法相同)。
   */
  actual?:
    | {
        /**
         * 指标计量的内容,与计划中该指标的 counts 相同。
         */
        counts: string;
        /**
         * 实际完成值(与计划中指标的单位相同)。
         */
        value?: number | null;
        /**
         * 说明(可选)。
         */
        note?: string;
      }[]
    | null;
  /**
   * 牵头单位汇总的配合单位落实情况(可选)。
   */
  supporting?: {
    /**
     * 配合单位名称。
     */
    unit: string;
    /**
     * 该配合单位的落实状态。
     */
    status?: '未启动' | '推进中' | '已完成' | '未能完成' | '不适用' | null;
    /**
     * 该配合单位的落实情况。
     */
    summary?: string | null;
  }[];
}
