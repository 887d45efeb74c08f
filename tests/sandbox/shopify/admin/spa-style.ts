/**
 * The admin page's stylesheet. The first block is deliberately hostile global CSS, as a real
 * admin's (or a theme's) would be: the extension's panel lives in a shadow root and must look
 * the same regardless.
 */
const NOISY = `
  html { font-size: 10px; }
  * { box-sizing: content-box; letter-spacing: 0.03em; }
  button { background: red; color: yellow; font-size: 20px; border: 3px dashed blue; padding: 12px; }
  div, section, aside { line-height: 2.2; }
  h1, h2, h3 { font-family: "Comic Sans MS", cursive; text-transform: uppercase; }
  ul, li { list-style: square; margin: 0; padding: 0; }
  a { color: magenta; }
`;

const LAYOUT = `
  body { margin: 0; font-family: -apple-system, "Segoe UI", Roboto, sans-serif; background: #f1f1f1; }
  .top-bar { display: flex; gap: 1.6rem; align-items: center; background: #1a1a1a; color: #fff; padding: 0.8rem 1.6rem; }
  .top-bar input { flex: 1; max-width: 48rem; }
  .frame { display: flex; min-height: 100vh; }
  .Polaris-Navigation { width: 24rem; display: flex; flex-direction: column; gap: 0.4rem; padding: 1.6rem; background: #ebebeb; }
  #AppFrameMain { flex: 1; padding: 2.4rem; }
  .Polaris-Page-Header { display: flex; flex-wrap: wrap; gap: 1.2rem; align-items: center; margin-bottom: 1.6rem; }
  .pager { margin-left: auto; display: flex; gap: 0.4rem; }
  .layout { display: grid; grid-template-columns: 2fr 1fr; gap: 1.6rem; }
  .card { background: #fff; border-radius: 1.2rem; padding: 1.6rem; box-shadow: 0 1px 0 rgba(0,0,0,.1); }
  .badge { background: #e3e3e3; border-radius: 0.8rem; padding: 0.2rem 0.8rem; }
  .skeleton { height: 20rem; background: linear-gradient(90deg, #e3e3e3, #f6f6f6); border-radius: 1.2rem; }
  table { width: 100%; border-collapse: collapse; background: #fff; }
  td, th { text-align: left; padding: 0.8rem; border-bottom: 1px solid #ebebeb; }
`;

export const ADMIN_CSS = NOISY + LAYOUT;
