import MarkdownIt from 'markdown-it';

/**
 * Markdown renderer for post and plan bodies. Raw HTML is escaped (`html: false`), and
 * markdown-it's own link check drops `javascript:`, `vbscript:`, `file:` and most `data:` URLs.
 * Images are off, so a body cannot load files from other sites. Headings move down, so a body
 * never adds an h1 to the page.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
markdown.disable(['image']);

/** Levels that `#` headings move down by default: a post sits below the page's h1 and h2 and its own h3. */
const DEFAULT_HEADING_OFFSET = 3;

type RenderEnv = {
  headingOffset?: number;
};

markdown.core.ruler.push('demote_headings', (state) => {
  const offset = (state.env as RenderEnv).headingOffset ?? DEFAULT_HEADING_OFFSET;
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Math.min(6, Number(token.tag.slice(1)) + offset);
      token.tag = `h${level}`;
    }
  }
});

const renderLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));

markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index].attrSet('rel', 'nofollow ugc');
  return renderLinkOpen(tokens, index, options, env, self);
};

/** Renders Markdown to safe HTML. `headingOffset` is the number of levels `#` headings move down (3 unless given). */
export function renderMarkdown(source: string, options: { headingOffset?: number } = {}): string {
  const env: RenderEnv = { headingOffset: options.headingOffset };
  return markdown.render(source, env);
}
