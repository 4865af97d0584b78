import { REVIEW_STRINGS as S } from './strings';
import type { ReviewDoc, ReviewEvent, ReviewPassage } from './reviewModel';

/**
 * Text from data, escaped so Markdown shows it as written: never a link, an emphasis, a
 * table cell or raw HTML (GitHub renders inline HTML in Markdown).
 */
export const md = (s: string) => s.replace(/[\\`*_[\]<>&|~#]/g, '\\$&');

const markers = (ns: readonly number[]) => ns.map((n) => `\\[${n}\\]`).join('');

/** A quote in quotation marks; a curator's summary said to be one before it is read. */
const PASSAGE: Record<ReviewPassage['form'], (p: ReviewPassage) => string> = {
  quote: (p) => `“${md(p.quote)}”`,
  summary: (p) => `*${S.summaryLabel}* ${md(p.quote)}`,
  paraphrase: (p) => md(p.quote),
};
const NOTE: Record<ReviewPassage['form'], string> = {
  quote: '',
  summary: ` (${S.summary})`,
  paraphrase: ` (${S.reference})`,
};

function passage(p: ReviewPassage, indent: string): string[] {
  const from = `*${md(S.passageFrom(p))}*${NOTE[p.form]}`;
  return [`${indent}> **\\[${p.n}\\]** ${PASSAGE[p.form](p)}  `, `${indent}> — ${from}`];
}

function event(e: ReviewEvent, k: number): string[] {
  const out = [`## ${k}. ${md(e.title)}`, ''];
  const tags = [`\`${e.id}\``, `${S.lane}: ${md(e.lane)}`];
  if (e.background) tags.push(S.background);
  if (e.uncited) tags.push(S.uncited);
  out.push(tags.join(' · '), '');
  out.push(`**${S.date}:** ${md(e.date)} (\`${e.rawDate}\`)  `);
  out.push(`**${S.dateNote}:** ${e.dateNote ? md(e.dateNote) : `*${S.noDateNote}*`}`);
  if (e.actors.length) out.push('', `**${S.actors}:** ${e.actors.map(md).join('; ')}`);
  out.push('');
  for (const c of e.claims) {
    out.push(`- [ ] ${md(c.text)} ${markers(c.markers)}`.trimEnd());
    if (c.passages.length === 0) out.push(`  *${S.noPassage}*`);
    for (const p of c.passages) out.push(...passage(p, '  '), '  >');
    if (c.passages.length) out.pop();
  }
  if (e.unused.length) {
    out.push('', `**${S.unused}:**`, '');
    for (const p of e.unused) out.push(...passage(p, ''), '>');
    out.pop();
  }
  if (e.disputed) out.push('', `**${S.disputed}:** ${md(e.disputed)}`);
  out.push('', '---', '');
  return out;
}

/** The review sheet as Markdown: deterministic, so a stale committed copy can be caught. */
export function reviewMarkdown(doc: ReviewDoc): string {
  const out = [`# ${md(S.heading(doc.title))}`, '', md(S.generated(doc)), '', S.howTo, ''];
  if (doc.problems.length) {
    out.push(`## ${S.problemsHeading}`, '', S.problemsNote, '');
    for (const p of doc.problems)
      out.push(
        `- ${p.severity === 'error' ? S.error : S.warning}: ${md(p.path)}: ${md(p.message)}`,
      );
    out.push('');
  }
  doc.events.forEach((e, i) => out.push(...event(e, i + 1)));
  return `${out.join('\n').trimEnd()}\n`;
}
