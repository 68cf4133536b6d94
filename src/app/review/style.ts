/** The review page's style sheet (inlined: the page loads nothing from anywhere). */
export const STYLE = `
:root { --q: #fff3b0; --q-sel: #ffd84d; --flag: #c0392b; --m: #1f5fbf; --c: #2e7d32; --line: #ddd; --muted: #666; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; background: #fafafa; }
header { position: sticky; top: 0; z-index: 2; background: #263238; color: #fff; padding: 8px 16px; display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: baseline; }
header h1 { font-size: 18px; margin: 0; }
header a { color: #cfe3ff; }
header nav a { margin-right: 10px; }
header nav a.on { color: #fff; font-weight: 600; text-decoration: none; border-bottom: 2px solid #ffd84d; }
#summary { color: #cfd8dc; font-size: 13px; }
#pages { font-size: 13px; }
#view { padding: 12px 16px; }
.cols { display: grid; grid-template-columns: 260px minmax(0, 1fr) 320px; gap: 16px; align-items: start; }
@media (max-width: 1100px) { .cols { grid-template-columns: 220px minmax(0, 1fr); } #details { grid-column: 1 / -1; } }
aside, #details, .panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px; }
aside { max-height: calc(100vh - 90px); overflow: auto; position: sticky; top: 56px; }
aside ol { list-style: none; padding: 0; margin: 8px 0 0; }
aside li a { display: block; padding: 4px 6px; border-radius: 4px; text-decoration: none; color: #222; }
aside li a:hover { background: #eef3fb; }
aside li a.on { background: #dde8f8; }
.badge { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 8px; background: #eceff1; color: #37474f; margin-left: 4px; white-space: nowrap; }
.badge.flag { background: #fdecea; color: var(--flag); }
.badge.failed { background: var(--flag); color: #fff; }
#details { position: sticky; top: 56px; font-size: 14px; }
#details h2 { font-size: 16px; margin: 0 0 6px; }
#details dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
#details dt { color: var(--muted); }
#details dd { margin: 0; overflow-wrap: anywhere; }
#details blockquote { margin: 8px 0; padding: 6px 8px; background: #f5f5f5; border-left: 3px solid var(--q-sel); }
#details code { display: block; font-size: 12px; background: #f5f5f5; padding: 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
.speaker-name { font-size: 18px; font-weight: 600; }
.unattributed { color: var(--flag); }
article h2 { margin: 0 0 4px; font-size: 20px; }
.meta { color: var(--muted); font-size: 13px; margin-bottom: 8px; }
.legend { font-size: 13px; color: var(--muted); margin: 6px 0 10px; display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
#text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px; font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.7; }
.q { background: var(--q); cursor: pointer; border-radius: 2px; }
.q.flag { background: repeating-linear-gradient(135deg, #fde2df, #fde2df 6px, #fff3b0 6px, #fff3b0 12px); box-shadow: inset 0 -2px 0 var(--flag); }
.only-flagged .q:not(.flag) { background: none; box-shadow: none; }
.m { color: var(--m); font-weight: 600; border-bottom: 2px solid var(--m); cursor: pointer; }
.c { color: var(--c); font-style: italic; border-bottom: 2px dotted var(--c); cursor: pointer; }
.sel.q, .sel.q.flag { background: var(--q-sel); outline: 2px solid #e0a800; }
.sel.m, .sel.c { background: #e3ecfa; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eceff1; position: sticky; top: 48px; }
tr.flag td:first-child { box-shadow: inset 3px 0 0 var(--flag); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 0 0 10px; }
.controls input[type=search] { padding: 4px 6px; min-width: 220px; }
.empty { color: var(--muted); font-style: italic; }
button.more { margin: 10px 0; }
`;
