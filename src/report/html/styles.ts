/** The report's inline stylesheet: readable on a phone (fluid, tables scroll sideways), printable. */
export const STYLES = `
:root{--fg:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--bg:#fff;--soft:#f5f6f8;--accent:#1a5fb4;--eval:#b3261e;--ins:#d7f5dd;--del:#fde2e1;--mark:#ffe28a;--focus:#ffb000}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
main{max-width:72rem;margin:0 auto;padding:1rem}
header.top{border-bottom:2px solid var(--fg);margin-bottom:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
p.meta,.note{color:var(--muted);font-size:.9rem}
nav.toc{display:flex;flex-wrap:wrap;gap:.25rem .75rem;font-size:.9rem;margin:.5rem 0 1rem}
nav.toc a{color:var(--accent)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0}
.scroll th:first-child{position:sticky;left:0;z-index:1;background:var(--bg);box-shadow:1px 0 0 var(--line)}
.scroll thead th:first-child{background:var(--soft);z-index:2}
.js .collapsed .more{display:none}
button.show-all{font:inherit;font-size:.9rem;margin:.25rem 0 .5rem;padding:.2rem .7rem;border:1px solid var(--accent);border-radius:.3rem;background:var(--bg);color:var(--accent);cursor:pointer}
.js .collapsible:not(.collapsed)>button.show-all{display:none}
table{border-collapse:collapse;font-size:.9rem;min-width:100%}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
td.none{color:var(--muted);text-align:center}
td.c{text-align:center}
button.ev,.chip{display:inline-block;max-width:100%;white-space:normal;font:inherit;font-size:.85rem;margin:.1rem .15rem .1rem 0;padding:.05rem .45rem;border:1px solid var(--line);border-radius:.8rem;background:var(--soft);color:var(--fg);text-align:left}
button.ev{cursor:pointer;border-color:#9db7dc}
button.ev:hover,button.ev:focus-visible{background:#e3ecf9;outline:2px solid var(--accent);outline-offset:1px}
button.ev.evaluative,.chip.evaluative{border-color:var(--eval);color:var(--eval)}
button.ev.active{background:var(--mark)}
.n{color:var(--muted);font-size:.8em}
ul.flags,ul.plain{padding-left:1.2rem}
.flag-type{font-weight:600;text-transform:uppercase;font-size:.75rem;color:var(--eval)}
blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid var(--line)}
ins{background:var(--ins);text-decoration:none}
del{background:var(--del);color:#8c1d18}
del+ins,ins+del{margin-left:.25em}
.charts{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.charts figure{flex:1 1 auto;min-width:0;max-width:100%}
.charts figure.wide{flex-basis:100%}
figure{margin:0;border:1px solid var(--line);border-radius:.4rem;padding:.5rem}
figcaption{font-weight:600;font-size:.9rem;margin-bottom:.3rem}
svg{display:block}
.chart{margin:.25rem 0}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
svg text.num{font-size:10px;font-weight:600;fill:#fff;stroke:none;pointer-events:none}
svg text.value{fill:var(--muted)}
svg .ev{cursor:pointer}
svg .ev:hover,svg .ev.active{stroke:#1d1d1f;stroke-width:2}
p.chart-more{margin:.2rem 0 0}
p.chart-more a{color:var(--accent)}
.synopsis-row{display:grid;grid-template-columns:repeat(var(--cols,3),minmax(0,1fr));gap:.5rem;padding:.5rem 0;border-top:1px solid var(--line)}
.synopsis-cell{font-size:.9rem}
.synopsis-cell .who{font-weight:600;font-size:.8rem;color:var(--muted);display:block}
.synopsis-cell .ref{font-weight:400;font-style:italic}
.synopsis-cell.missing{color:var(--muted);font-style:italic}
.only-diff .synopsis-row.same{display:none}
article.source{border-top:2px solid var(--fg);margin-top:2rem}
article.source .text p,article.source .text h4{white-space:pre-wrap;margin:.6rem 0}
mark.fd-ev{background:var(--mark);padding:0;border-radius:2px}
mark.fd-ev.fd-focus{background:var(--focus);outline:2px solid var(--focus)}
#fd-status{position:fixed;left:0;right:0;bottom:0;max-width:100%;overflow:hidden;background:#222;color:#fff;padding:.5rem 1rem;font-size:.9rem;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;z-index:10}
#fd-status[hidden]{display:none}
#fd-status button{font:inherit;background:#444;color:#fff;border:1px solid #777;border-radius:.3rem;padding:.1rem .5rem;cursor:pointer}
#fd-status .msg{flex:1 1 12rem;min-width:0}
@media (max-width:48rem){.synopsis-row{grid-template-columns:1fr}.synopsis-cell.missing{display:none}}
@media (max-width:40rem){#fd-status .msg{flex-basis:100%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}main{padding:.6rem}h1{font-size:1.3rem}th,td{padding:.25rem .35rem}}
@media print{
  nav.toc,#fd-status,.no-print,.toggle{display:none!important}
  body{font-size:11pt}
  main{max-width:none;padding:0}
  .scroll{overflow:visible}
  svg.fd-chart{max-width:100%;height:auto}
  h2{break-after:avoid}
  figure,tr,.synopsis-row,blockquote{break-inside:avoid}
  button.ev,.chip{border:none;background:none;padding:0}
  .only-diff .synopsis-row.same{display:grid}
  .js .collapsed .more{display:revert}
  .js .collapsed .synopsis-row.more{display:grid}
  article.source{break-before:page}
}
`;
