// The handout's stylesheet: a plain A4 document first (what it is for), readable on a screen and a phone too.

export const HANDOUT_CSS = `
*{box-sizing:border-box}
body{margin:0 auto;max-width:1100px;padding:16px;color:#111;line-height:1.55;font-size:14px;
font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
header{border-bottom:2px solid #111;margin-bottom:10px;padding-bottom:6px}
.issued{margin:0;font-size:13px}
.notice{margin:2px 0;font-size:14px;font-weight:600}
.plans{margin:2px 0;padding-left:1.2em;font-size:13px}
h1{font-size:20px;margin:8px 0 2px}
h2{font-size:15px;margin:14px 0 6px}
.names,.meta{margin:0;color:#444;font-size:12.5px}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th,td{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
thead th{background:#eee;font-size:12.5px}
tr.section th{background:#f6f6f6;font-size:12.5px}
col.c-ref{width:9em}col.c-units{width:14em}col.c-role{width:8em}col.c-targets{width:10em}
td ul{margin:0;padding-left:1em}
.cid{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11.5px;color:#444}
.deadline{margin:2px 0 0;font-size:12.5px;color:#444}
tr.group td,tr.possibly td{color:#444}
tr.possibly .role{font-style:italic}
@media (max-width:700px){
body{padding:8px;font-size:13.5px}
table,thead,tbody,tr,td,th{display:block;width:auto}
colgroup,thead{display:none}
tr{border:1px solid #999;margin:0 0 6px;padding:4px 6px}
td{border:none;padding:1px 0}
td.ref{font-weight:bold}
tr.section{border:none;margin:10px 0 4px;padding:0}
tr.section th{border:none;background:none;padding:0}
}
@media print{
@page{size:A4;margin:12mm}
body{max-width:none;padding:0;font-size:9.5pt;line-height:1.4}
h1{font-size:14pt;margin:4px 0 0}
h2{font-size:11pt;margin:8px 0 4px;break-after:avoid}
.issued,.plans,.notice,.names,.meta{font-size:9pt}
/* Paper is narrower than a screen: the clause text gets the room, the short columns shrink (9 pt CJK is 30 characters a line). */
col.c-ref{width:6.5em}col.c-units{width:9.5em}col.c-role{width:5.5em}col.c-targets{width:8em}
th,td{padding:1px 3px}
thead th,tr.section th,.cid,.deadline{font-size:8.5pt}
thead{display:table-header-group}
tr{break-inside:avoid}
}
`;
