import { REVIEW_STRINGS as S } from './strings';
import type { ReviewDoc, ReviewEvent, ReviewPassage } from './reviewModel';

/** Text from data, escaped: the sheet never carries the data's markup as HTML. */
export const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

// A file of its own, opened from disk or printed: its style travels with it.
const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.meta, .note { color: #5a6370; font-size: 0.9rem; }
ul.claims { list-style: none; padding: 0; }
ul.claims > li { margin: 0.75rem 0; }
label { display: flex; gap: 0.5rem; align-items: baseline; }
sup { color: #1f5fbf; font-weight: 600; }
blockquote, .passage { margin: 0.35rem 0 0.35rem 1.6rem; padding-left: 0.75rem; border-left: 3px solid #d5dae1; }
.passage { border-left-style: dashed; }
.n { font-weight: 600; margin-right: 0.25rem; }
footer { color: #5a6370; font-size: 0.85rem; }
.disputed { background: #fff4e5; padding: 0.4rem 0.6rem; border-radius: 4px; }
.problems li.error { color: #8a1c1c; }
code { font-size: 0.9em; }
@media print { input[type=checkbox] { width: 1rem; height: 1rem; } h2 { break-after: avoid; } }
`.trim();

/** A quote is a blockquote in quotation marks; the curator's words are neither. */
function passage(p: ReviewPassage): string {
  const n = `<span class="n">[${p.n}]</span>`;
  const from = `<footer>— <cite>${esc(S.passageFrom(p))}</cite>`;
  if (p.form === 'quote') return `<blockquote>${n}“${esc(p.quote)}”${from}</footer></blockquote>`;
  const label = p.form === 'summary' ? `<em>${esc(S.summaryLabel)}</em> ` : '';
  const note = esc(p.form === 'summary' ? S.summary : S.reference);
  return `<div class="passage ${p.form}">${n}${label}${esc(p.quote)}${from} (${note})</footer></div>`;
}

function event(e: ReviewEvent, k: number): string {
  const tags = [`<code>${esc(e.id)}</code>`, `${esc(S.lane)}: ${esc(e.lane)}`];
  if (e.background) tags.push(esc(S.background));
  if (e.uncited) tags.push(esc(S.uncited));
  const out = [
    `<section id="${esc(e.id)}">`,
    `<h2>${k}. ${esc(e.title)}</h2>`,
    `<p class="meta">${tags.join(' · ')}</p>`,
    `<p><strong>${esc(S.date)}:</strong> ${esc(e.date)} (<code>${esc(e.rawDate)}</code>)<br>`,
    `<strong>${esc(S.dateNote)}:</strong> ${e.dateNote ? esc(e.dateNote) : `<em>${esc(S.noDateNote)}</em>`}</p>`,
  ];
  if (e.actors.length)
    out.push(`<p><strong>${esc(S.actors)}:</strong> ${e.actors.map(esc).join('; ')}</p>`);
  out.push('<ul class="claims">');
  for (const c of e.claims) {
    const sup = c.markers.map((n) => `<sup>[${n}]</sup>`).join('');
    out.push(`<li><label><input type="checkbox"><span>${esc(c.text)}${sup}</span></label>`);
    if (c.passages.length === 0) out.push(`<p class="note">${esc(S.noPassage)}</p>`);
    for (const p of c.passages) out.push(passage(p));
    out.push('</li>');
  }
  out.push('</ul>');
  if (e.unused.length) {
    out.push(`<p><strong>${esc(S.unused)}:</strong></p>`);
    for (const p of e.unused) out.push(passage(p));
  }
  if (e.disputed)
    out.push(`<p class="disputed"><strong>${esc(S.disputed)}:</strong> ${esc(e.disputed)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

/** The review sheet as a standalone HTML page, to read on screen or print and tick by hand. */
export function reviewHtml(doc: ReviewDoc): string {
  const out = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(S.heading(doc.title))}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(S.heading(doc.title))}</h1>`,
    `<p class="meta">${esc(S.generated(doc))}</p>`,
    `<p>${esc(S.howTo)}</p>`,
  ];
  if (doc.problems.length) {
    out.push(
      `<h2>${esc(S.problemsHeading)}</h2>`,
      `<p>${esc(S.problemsNote)}</p>`,
      '<ul class="problems">',
    );
    for (const p of doc.problems)
      out.push(
        `<li class="${p.severity}">${esc(p.severity === 'error' ? S.error : S.warning)}: <code>${esc(p.path)}</code>: ${esc(p.message)}</li>`,
      );
    out.push('</ul>');
  }
  doc.events.forEach((e, i) => out.push(event(e, i + 1)));
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
