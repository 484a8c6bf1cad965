// Generated from schemas/domains.schema.json by `npm run docs`; do not edit. src/model/raw-matches-schema.ts pins raw.ts to it.

/**
 * 各计划共用的合作领域 id;计划各节用 domain 字段引用。
 */
export interface DomainsFile {
  kind: 'domains';
  id: string;
  /**
   * 领域划分的出处。
   */
  note?: string;
  /**
   * @minItems 1
   */
  domains: {
    /**
     * 稳定的领域 id。
     */
    id: string;
    /**
     * 领域的通用名称。
     */
    name: string;
    note?: string;
  }[];
}
