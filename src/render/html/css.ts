// The report's stylesheet: system fonts with CJK fallbacks, a 1280 px desktop layout, a phone layout and an A4 print layout.

export const REPORT_CSS = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#d9dee3;--bg:#f6f7f9;--accent:#1d5fa8;
--h1:#fdeee0;--h2:#fbd3ad;--h3:#f6ab6f;--h4:#ea7d3c;--h5:#c4501a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:var(--bg);line-height:1.6;font-size:15px;
font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
a{color:var(--accent)}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:16px 24px}
header.top h1{margin:0 0 4px;font-size:22px}
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 0;padding:0;list-style:none}
.stats li{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:4px 10px;font-size:13px}
nav.bar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;align-items:center;gap:6px 16px;background:#fff;border-bottom:1px solid var(--line);padding:8px 24px}
nav.bar a{text-decoration:none}
.filter{margin-left:auto;display:flex;align-items:center;gap:8px}
.filter input{font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:4px;width:14em}
.filter output{color:var(--muted);font-size:13px}
main{max-width:1280px;margin:0 auto;padding:8px 24px 48px}
h2{font-size:19px;border-left:4px solid var(--accent);padding-left:8px;margin:32px 0 8px}
h3{font-size:17px;margin:20px 0 6px}
h4{font-size:15px;margin:14px 0 4px}
h4.section{color:var(--accent)}
h5{font-size:14px;margin:10px 0 2px}
small,.note,.meta,.sub{color:var(--muted);font-size:13px;font-weight:normal}
.scroll,.matrix-wrap{overflow-x:auto}
table{border-collapse:collapse;background:#fff}
th,td{border:1px solid var(--line);padding:3px 6px;vertical-align:top;text-align:left}
thead th{background:#eef1f4;font-size:13px}
.matrices{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:16px;align-items:start}
table.matrix{width:100%;font-size:13px}
table.matrix caption{text-align:left;font-weight:bold;padding:4px 0}
table.matrix th.area{width:4.6em;font-size:12px;line-height:1.3;vertical-align:bottom}
table.matrix tbody th{font-weight:normal;white-space:nowrap}
table.matrix tbody th,table.matrix thead th:first-child{position:sticky;left:0;background:#fff;z-index:1}
.matrix-wrap{min-width:0}
table.matrix tbody th a{color:inherit;text-decoration:none}
table.matrix td{text-align:center;min-width:2.4em}
table.matrix td a{display:block;color:inherit;text-decoration:none;font-weight:bold}
td.total{color:var(--muted);text-align:center}
.g{color:var(--muted);font-weight:normal;font-size:11px;margin-left:2px}
#matrix:not(.with-groups) .g,#matrix:not(.with-groups) tr.group-only{display:none}
.toolbar{margin:4px 0;font-size:14px}
.h1{background:var(--h1)}.h2{background:var(--h2)}.h3{background:var(--h3)}.h4{background:var(--h4);color:#fff}.h5{background:var(--h5);color:#fff}
.legend span{display:inline-block;min-width:2.4em;text-align:center;border:1px solid var(--line);margin-right:2px}
.chip{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 8px;margin:2px 4px 2px 0;font-size:13px;background:#fff;text-decoration:none}
.chip.group{background:#eef1f4;color:var(--ink)}
.count{color:var(--muted);font-size:13px;font-weight:normal}
table.diff{width:100%;font-size:13px}
table.diff tbody th{min-width:12em}
table.diff tr.all{border-top:2px solid var(--ink)}
.area-tag{font-size:12px;font-weight:normal;border:1px solid var(--accent);border-radius:4px;padding:0 6px;margin-left:6px}
.plan,.unit{background:#fff;border:1px solid var(--line);border-radius:6px;padding:4px 16px 12px;margin:12px 0}
.unit.empty{padding:2px 16px;margin:4px 0}
.unit h3 small{margin-left:6px}
details.unit{padding-top:0;padding-bottom:4px;margin:6px 0}
details.unit>summary{cursor:pointer;padding:6px 0}
details.unit>summary h3,.unit.empty h3{display:inline;margin:0;font-size:16px}
details.unit[open]>summary{border-bottom:1px solid var(--line);margin-bottom:6px}
details.rule-group{background:#fff;border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:4px 12px}
details.rule-group>summary{cursor:pointer;font-weight:bold}
details.rule-group.error>summary{color:#b42318}
details.rule-group.warning>summary{color:#b54708}
details.rule-group table{width:100%;margin:6px 0}
table.targets-table{width:100%;font-size:13px}
table.targets-table tr.area th{background:#f3f6fa;color:var(--accent)}
td.quote{color:var(--muted)}
.item{margin:6px 0 10px}
.clauses{margin:4px 0;padding-left:1.6em}
.tasks{margin:4px 0;padding-left:0;list-style:none}
.task{margin:0 0 6px}
.clause p,.task p{margin:2px 0}
.targets{margin:0 0 4px;padding-left:1.2em;font-size:13px;color:#2f5d34}
.match{font-size:12px;color:var(--muted)}
.cid{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:var(--muted);margin-right:6px}
.clause>.cid{float:right;margin:2px 0 0 8px}
.list-label{font-size:12px;color:var(--muted);margin-right:4px}
.units.lead .list-label{color:var(--accent);font-weight:bold}
.leaders,.deadline{margin:0;font-size:13px;color:var(--muted)}
h5.topic{color:var(--muted);font-size:14px;margin:10px 0 2px}
small.role{margin:0 6px 0 -2px}
.task.possibly{color:var(--muted)}
[id]{scroll-margin-top:56px}
.clause:target,.unit:target,h5:target{outline:2px solid var(--accent);outline-offset:2px}
table.findings tr.error td:first-child{color:#b42318;font-weight:bold}
table.findings tr.warning td:first-child{color:#b54708}
.where,.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;white-space:nowrap}
.ok{color:#2f5d34}
button.print-unit{font:inherit;font-size:12px;margin-left:8px;padding:0 8px;cursor:pointer}
[hidden]{display:none!important}
#print-note{display:none}
@media (max-width:700px){
body{font-size:14px}
header.top,nav.bar,main{padding-left:10px;padding-right:10px}
.filter{margin-left:0;width:100%}.filter input{flex:1;width:auto}
.matrices{grid-template-columns:1fr}
table.matrix{width:auto}
table.matrix th.area{width:auto;min-width:4.4em;font-size:11px}
.plan,.unit{padding:4px 10px 10px}
table.diff,table.diff tbody,table.diff tr,table.diff th,table.diff td,
table.targets-table,table.targets-table tbody,table.targets-table tr,table.targets-table th,table.targets-table td{display:block;width:auto;border:none}
table.diff thead,table.targets-table thead{display:none}
table.diff tr,table.targets-table tr{border:1px solid var(--line);border-radius:6px;margin:0 0 8px;padding:6px 8px;background:#fff}
table.targets-table tr.area{border:none;background:none;padding:8px 0 0;margin:0}
table.diff td,table.targets-table td{padding:2px 0}
td[data-label]::before{content:attr(data-label);display:block;font-size:12px;color:var(--muted)}
table.diff tbody th{min-width:0}
}
@media print{
@page{size:A4;margin:12mm}
body{background:#fff;font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
nav.bar,button.print-unit,.toolbar,.legend,.plan details{display:none}
body:not(.print-unit) #units{display:none}
#print-note{display:block}
main{max-width:none;padding:0}
a{color:inherit;text-decoration:none}
.matrices{grid-template-columns:1fr 1fr;gap:4mm}
table.matrix td{min-width:0;padding:1px 2px}
table.matrix th{padding:1px 3px}
table.matrix th.area{width:auto}
.matrix-wrap,.scroll{overflow:visible;break-inside:auto}
table.matrix{font-size:8pt;margin-bottom:4mm}
table.matrix th.area{font-size:7pt}
tr,.clause,.task{break-inside:avoid}
h2,h3,h4,h5{break-after:avoid}
.plan,.unit{border:none;padding:0;margin:0 0 6mm}
.unit.empty{display:none}
table.diff,table.targets-table,table.findings{font-size:8.5pt}
details.rule-group{border:none;padding:0;margin:0 0 2mm}
h2{margin:6mm 0 2mm}
.clause p,.task p{margin:0}
body.print-unit .report-part:not(#units),body.print-unit header.top,body.print-unit #units>h2,body.print-unit .unit:not(.printing){display:none}
}
`;
