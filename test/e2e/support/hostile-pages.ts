/** A link the tests scan first, so pages can carry links whose verdict is already known. */
export const KNOWN_SAFE = 'https://docs.example/guide';

/** A page that builds its own links with a script (`count` of them, one per 20px line). */
export function manyLinksPage(count: number): string {
  return `<!doctype html><html lang="en"><head><title>Huge list</title>
<style>body{margin:0;font:14px/20px sans-serif} #list a{display:block;height:20px}</style></head><body>
<div id="list"></div><script>
const list = document.getElementById('list');
const fragment = document.createDocumentFragment();
for (let i = 0; i < ${count}; i += 1) {
  const link = document.createElement('a');
  link.href = i % 2 === 0 ? '${KNOWN_SAFE}' : 'https://n' + i + '.example/p';
  link.textContent = 'Link ' + i;
  fragment.append(link);
}
list.append(fragment);
</script></body></html>`;
}

/** A page with one stable link and an area a script can fill with short-lived links. */
export const CHURN_PAGE = `<!doctype html><html lang="en"><head><title>Busy page</title>
<style>body{margin:1rem;font:14px/20px sans-serif} #churn a{display:inline-block;margin:0 8px}</style></head><body>
<p><a id="stable" href="https://stable-phish.example/login">Stable link</a></p>
<div id="churn"></div></body></html>`;

/**
 * A page that learns the content script's start-up announcement (WXT posts it to the window, with the
 * extension's id in its type) and, once Scanlink's banner is up (or after 3 s), forges the "a newer copy of
 * this script started" event WXT listens for on the document, which stops the running copy. Marks
 * `<html data-forged>` once sent.
 */
export const FORGED_RESTART_PAGE = `<!doctype html><html lang="en"><head><title>Account</title></head><body>
<h1>Sign in to your bank</h1><p><a id="offer" href="https://offer.example/claim">Claim</a></p>
<script>
let announced;
window.addEventListener('message', (event) => {
  const data = event.data;
  if (data && typeof data.type === 'string' && data.type.endsWith('wxt:content-script-started')) announced = data;
});
const started = performance.now();
const timer = setInterval(() => {
  if (!announced || (!document.querySelector('scanlink-banner') && performance.now() - started < 3000)) return;
  clearInterval(timer);
  const detail = { contentScriptName: announced.contentScriptName, messageId: 'forged-by-the-page' };
  document.dispatchEvent(new CustomEvent(announced.type, { detail }));
  document.documentElement.dataset.forged = announced.type;
}, 20);
</script></body></html>`;
