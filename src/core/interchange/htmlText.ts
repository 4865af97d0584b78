/**
 * TimelineJS keeps an event's text as HTML. Imports turn it into plain text with a real
 * HTML parser (htmlparser2: entities decoded, scripts and styles dropped, nothing ever
 * rendered); exports write it with every piece of data escaped.
 */
import { parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Tag = Extract<Node, { attribs: Record<string, string> }>;

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'table',
  'tr',
  'hr',
  'pre',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'head']);

const isTag = (n: Node): n is Tag => 'name' in n && 'attribs' in n;

/**
 * The text of nodes, with a line break between blocks; white space inside a line collapsed.
 * `br` breaks a line too, unless `softBreaks` (then it is a space within a sentence).
 */
function textOf(nodes: readonly Node[], softBreaks = false): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.type === 'text') out += (n as { data: string }).data;
    else if (isTag(n)) {
      if (SKIP.has(n.name)) return;
      if (n.name === 'br' && softBreaks) {
        out += ' ';
        return;
      }
      const block = BLOCK.has(n.name);
      if (block) out += '\n';
      n.children.forEach((c) => walk(c as Node));
      if (block) out += '\n';
    }
  };
  nodes.forEach(walk);
  return out
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const parse = (html: string) =>
  parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children as Node[];

/** Plain text of an HTML fragment: one line per block, tags gone, entities decoded. */
export const htmlToText = (html: string): string => textOf(parse(html));

/** What an event's HTML says, with the parts our own TimelineJS export marks by class. */
export interface EventHtml {
  /** The text not in a marked part, on one line. */
  readonly summary: string;
  readonly dateNote?: string;
  readonly disputed?: string;
  readonly background: boolean;
  /** From `<li data-source="id"><q>quote</q>…` (or `.dt-passage`) in `ol.dt-citations`. */
  readonly citations: readonly { source: string; quote: string }[];
  /** From `data-actor` attributes in `.dt-actors`: ids, with the names shown. */
  readonly actors: readonly { id: string; name: string }[];
}

const classes = (t: Tag) => (t.attribs.class ?? '').split(/\s+/);
const inline = (nodes: readonly Node[]) => textOf(nodes).replace(/\n/g, ' ');
const after = (text: string, label: RegExp) => text.replace(label, '').trim();

/** Reads an event's HTML: marked parts (from our export) apart, everything else as summary. */
export function readEventHtml(html: string): EventHtml {
  const rest: Node[] = [];
  let dateNote: string | undefined;
  let disputed: string | undefined;
  let background = false;
  const citations: { source: string; quote: string }[] = [];
  const actors: { id: string; name: string }[] = [];
  const visit = (nodes: readonly Node[]) => {
    for (const n of nodes) {
      if (!isTag(n)) {
        rest.push(n);
        continue;
      }
      const cls = classes(n);
      const kids = n.children as Node[];
      if (cls.includes('dt-date-note')) dateNote = after(inline(kids), /^Date:\s*/);
      else if (cls.includes('dt-disputed')) disputed = after(inline(kids), /^Reports differ:\s*/);
      else if (cls.includes('dt-background')) background = true;
      else if (cls.includes('dt-uncited'))
        continue; // the status follows from the citations found
      else if (cls.includes('dt-actors')) {
        const walk = (ns: readonly Node[]) =>
          ns.forEach((c) => {
            if (!isTag(c)) return;
            if (c.attribs['data-actor'])
              actors.push({ id: c.attribs['data-actor'], name: inline(c.children as Node[]) });
            else walk(c.children as Node[]);
          });
        walk(kids);
      } else if (cls.includes('dt-citations')) {
        for (const li of kids) {
          if (!isTag(li) || li.name !== 'li') continue;
          // An article's quote is a <q>; a reference's passage (the curator's words) a .dt-passage.
          const q = (li.children as Node[]).find(
            (c) => isTag(c) && (c.name === 'q' || classes(c).includes('dt-passage')),
          );
          if (q && isTag(q))
            citations.push({
              source: li.attribs['data-source'] ?? '',
              quote: inline(q.children as Node[]),
            });
        }
      } else if (cls.includes('dt-summary') || !BLOCK.has(n.name) || n.name === 'br') rest.push(n);
      else if (kids.some((c) => isTag(c) && classes(c).some((k) => k.startsWith('dt-')))) {
        visit(kids); // a wrapper around marked parts
      } else rest.push(n);
    }
  };
  visit(parse(html));
  return {
    // Blocks (paragraphs, list items) become sentences of one line.
    summary: textOf(rest, true)
      .split('\n')
      .map((line, i, all) =>
        i < all.length - 1 && !/[.!?…:;]["”’)]*$/.test(line) ? `${line}.` : line,
      )
      .join(' '),
    dateNote,
    disputed,
    background,
    citations,
    actors,
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to put in HTML, as content or as an attribute value. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
