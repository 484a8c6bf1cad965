// Generated from schemas/roster.schema.json by `npm run docs`; do not edit. src/model/raw-matches-schema.ts pins raw.ts to it.

/**
 * 一份单位名单(如附件3),以及把计划中的写法对应到名单单位的推断。
 */
export interface RosterFile {
  /**
   * 文件类型,名单文件固定为 roster。
   */
  kind: 'roster';
  /**
   * 名单 id,计划文件的 roster 字段引用它。
   */
  id: string;
  /**
   * 名单标题,照录原文。
   */
  title?: string;
  /**
   * 名单出处,如“附件3”。
   */
  source?: string;
  /**
   * 名单所属的区(县)(推断,须写 note)。查找单位时名称前可加上它:“江北区商务局”“宁波市江北区商务局”按“区商务局”查找。
   */
  district?: {
    /**
     * 区(县)全称,如“江北区”;末字(区、县)即名单名称中对本区的称呼,如“区商务局”的“区”。
     */
    name: string;
    /**
     * 所属的市,如“宁波市”。
     */
    within?: string;
    /**
     * 推断依据。
     */
    note: string;
  };
  /**
   * 名单的各段,保持原文顺序。
   *
   * @minItems 1
   */
  lists: {
    /**
     * 本段的 id,供 groups.includes 引用,如 units、streets。
     */
    id: string;
    /**
     * 本段的中文名称。
     */
    heading?: string;
    note?: string;
    /**
     * @minItems 1
     */
    entries: {
      /**
       * 单位名称。
       */
      name: string;
      /**
       * 原文写法与 name 不同时照录原文,如“区委办(区台办)”。
       */
      written?: string;
      /**
       * 同一单位的其他名称(推断,须写 note)。
       */
      otherNames?: string[];
      /**
       * 推断依据。
       */
      note?: string;
    }[];
  }[];
  /**
   * 计划中出现的集合名称,如“区绩效考评单位”“各街道(镇)”。
   */
  groups?: {
    name: string;
    /**
     * true 表示原文未列明成员,查询时只标为“可能”。
     */
    vague?: boolean;
    /**
     * 包含名单中哪些段(lists 的 id)。
     */
    includes?: string[];
    /**
     * 逐个列出的成员单位名称;vague 组的 members 是据原文推断的可能成员(note 须说明依据)。
     */
    members?: string[];
    /**
     * 推断依据。
     */
    note: string;
  }[];
  /**
   * 计划中的写法与名单名称不同但指同一单位(推断)。
   */
  aliases?: {
    /**
     * 计划中的写法。
     */
    name: string;
    /**
     * 对应的名单单位名称。
     */
    means: string;
    /**
     * 推断依据。
     */
    note: string;
  }[];
  /**
   * 尚未核对的名称:计划中出现、名单中找不到,还没判断是别名、分组还是名单外单位(plan import 起草时写入)。validate 不因它们报错;check 仍逐个以警告列出,直到移入 aliases、groups 或 notOnRoster。
   */
  unconfirmed?: {
    name: string;
    note: string;
  }[];
  /**
   * 已确认不在名单上的单位名称;check 仍会以警告列出。
   */
  notOnRoster?: {
    name: string;
    note: string;
  }[];
}
