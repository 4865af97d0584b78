import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToText, readEventHtml } from '../../../src/core/interchange';

describe('htmlToText', () => {
  it('keeps the words, decodes entities, and breaks lines between blocks', () => {
    expect(htmlToText('<p>Rome &amp; <b>its</b> allies</p><p>next&nbsp;line<br>after</p>')).toBe(
      'Rome & its allies\nnext line\nafter',
    );
  });

  it('drops scripts, styles and attributes: nothing of them reaches the text', () => {
    const t = htmlToText(
      '<p onclick="x()">a</p><script>alert(1)</script><style>p{}</style><img src=x onerror=alert(2)>b',
    );
    expect(t).toBe('a\nb');
  });
});

describe('readEventHtml', () => {
  it('finds the parts our TimelineJS export marks, and the rest as summary', () => {
    const r = readEventHtml(
      '<p class="dt-summary">It happened.[1]</p><p class="dt-date-note"><em>Date:</em> roughly</p>' +
        '<p class="dt-actors">With: <span data-actor="us">United States</span></p>' +
        '<p class="dt-disputed"><strong>Reports differ:</strong> on the year</p>' +
        '<ol class="dt-citations"><li data-source="src"><q>a &lt;quote&gt;</q> — <cite>T</cite></li></ol>',
    );
    expect(r).toEqual({
      summary: 'It happened.[1]',
      dateNote: 'roughly',
      disputed: 'on the year',
      background: false,
      citations: [{ source: 'src', quote: 'a <quote>' }],
      actors: [{ id: 'us', name: 'United States' }],
    });
  });

  it('escapes what it writes', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
  });
});
