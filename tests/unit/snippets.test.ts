import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../src/embed/snippets';

const base = {
  embedUrl: 'https://maps.example.org/baltic/embed.html',
  moduleUrl: 'https://partner.example/js/baltic-archipelago.js',
  resizeScriptUrl: '/js/embed-resize.js',
  title: 'Map of the Baltic Sea Archipelago of Innovation',
};

describe('embedSnippets', () => {
  it('writes an iframe with the view in its address, and the resize helper', () => {
    const { iframe } = embedSnippets({
      ...base,
      attributes: { theme: 'dark', lang: 'fi', chapter: 'case-helsinki' },
      hash: '#city=helsinki',
    });
    expect(iframe).toBe(
      [
        '<iframe data-archipelago src="https://maps.example.org/baltic/embed.html?chapter=case-helsinki&amp;theme=dark&amp;lang=fi#city=helsinki" title="Map of the Baltic Sea Archipelago of Innovation"',
        '  style="width:100%;height:600px;border:0" loading="lazy"></iframe>',
        '<script src="/js/embed-resize.js" defer></script>',
      ].join('\n'),
    );
  });

  it('writes the script and tag with the same attributes', () => {
    const { element } = embedSnippets({
      ...base,
      attributes: { theme: 'projector', selected: 'x' },
      hash: '',
    });
    expect(element).toBe(
      [
        '<script type="module" src="https://partner.example/js/baltic-archipelago.js"></script>',
        '<archipelago-map theme="projector" style="display:block;height:600px"></archipelago-map>',
      ].join('\n'),
    );
  });

  it('escapes attribute values', () => {
    const { element, iframe } = embedSnippets({
      ...base,
      attributes: { src: 'data/x.json?a=1&b="2"<script>' },
      hash: '',
      title: 'A "map" <b>',
    });
    expect(element).toContain('src="data/x.json?a=1&amp;b=&quot;2&quot;&lt;script&gt;"');
    expect(iframe).toContain('title="A &quot;map&quot; &lt;b&gt;"');
    expect(iframe).not.toContain('<script>"');
  });
});
