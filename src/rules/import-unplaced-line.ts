// plan import: a line that fits no part, section, task or heading, or a table row of the wrong width.
import type { Rule } from './rule.js';

export const importUnplacedLine: Rule = {
  meta: {
    id: 'import-unplaced-line',
    phase: 'load',
    scope: 'file',
    severity: 'error',
    description: {
      zh: '通知中有 plan import 放不进计划结构的行',
      en: 'A line of the notice that plan import cannot place',
    },
    help: {
      zh: '一行既不是部分、节、编号任务、小标题,也不是责任单位行;或表格中某行的格数与表头不符。这样的行未写入草稿(表格行按读到的写入):如属于计划,请手工补录。',
      en: 'A line that is no part, section, numbered task, topical heading or units line, or a table row whose cells do not match the header. Such a line is not in the draft (a row is, as read): add it by hand if it belongs to the plan.',
    },
    messages: {
      line: {
        zh: '这一行放不进计划的结构(不是部分、节、编号任务或小标题),未写入草稿:“{{text}}”',
        en: 'this line fits no part, section, numbered task or heading and is not in the draft: "{{text}}"',
      },
      row: {
        zh: '表格这一行有 {{cells}} 格,表头有 {{columns}} 列:请核对是否错行',
        en: 'this table row has {{cells}} cells, the header {{columns}} columns: check the row',
      },
    },
  },
};
