/**
 * The link-preview picture of a page: 1200 × 630, drawn as HTML and photographed at build time as a PNG.
 * Flat colours only (no gradient, no photo): a PNG of a few large flat areas and text stays well under
 * OG_MAX_BYTES while the text stays sharp, which JPEG would blur.
 */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** What one preview image may weigh (messengers fetch it for every shared link). */
export const OG_MAX_BYTES = 100 * 1024;

export interface CardText {
  lang: 'ko' | 'en';
  site: string;
  title: string;
  topic: string;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function ogPath(lang: 'ko' | 'en', slug: string): string {
  return `og/${lang}/${slug}.png`;
}

export function cardHtml({ lang, site, title, topic }: CardText): string {
  const badge = lang === 'ko' ? '한국어' : 'English';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: ${OG_WIDTH}px; height: ${OG_HEIGHT}px; font-family: 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif;
    background: #0d1b3d; border-left: 24px solid #1f4fd1; color: #fff; padding: 64px 72px 64px 48px; display: flex; flex-direction: column; word-break: keep-all; }
  .site { font-size: 30px; font-weight: 700; opacity: 0.92; display: flex; align-items: center; gap: 16px; }
  .site svg { width: 44px; height: 44px; }
  .title { margin-top: auto; font-size: ${title.length > 28 ? 62 : 74}px; line-height: 1.2; font-weight: 800; }
  .topic { margin-top: 24px; font-size: 30px; line-height: 1.45; opacity: 0.9; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
  .foot { margin-top: 40px; display: flex; gap: 16px; font-size: 24px; }
  .chip { border: 2px solid rgb(255 255 255 / 0.7); border-radius: 999px; padding: 6px 20px; }
  </style></head><body>
  <div class="site"><svg viewBox="0 0 32 32" aria-hidden="true"><ellipse cx="16" cy="9" rx="9" ry="3.5" fill="#fff"/><path d="M7 9v14c0 2 4 3.5 9 3.5s9-1.5 9-3.5V9" fill="none" stroke="#fff" stroke-width="2.4"/><path d="M7 16c0 2 4 3.5 9 3.5s9-1.5 9-3.5" fill="none" stroke="#fff" stroke-width="2.4"/></svg>${escape(site)}</div>
  <h1 class="title">${escape(title)}</h1>
  <p class="topic">${escape(topic)}</p>
  <div class="foot"><span class="chip">AWS SAA</span><span class="chip">${badge}</span></div>
  </body></html>`;
}
