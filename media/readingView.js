// The script of the Gloss reading view webview. It shows the server's sanitised HTML, keeps the scroll position
// across updates, tells the extension which annotation was clicked, and scrolls to the editor's cursor line.
// It is the page's only script, loaded with the policy's nonce; it runs nothing it receives.
/* global acquireVsCodeApi, window, document, DOMParser */
(function readingView() {
  'use strict';

  const vscode = acquireVsCodeApi();
  const root = document.getElementById('gloss-root');
  const RANGE = /^(\d+):(\d+)-(\d+):(\d+)$/;

  /** The range of a `data-range` value, or null when the value is not one. */
  function parseRange(value) {
    const match = RANGE.exec(value || '');
    if (!match) return null;
    const [line, character, endLine, endCharacter] = match.slice(1).map(Number);
    return { start: { line, character }, end: { line: endLine, character: endCharacter } };
  }

  /** The last annotation in document order that starts at or before `line`, or null when none does. */
  function annotationAt(line) {
    let found = null;
    for (const element of root.querySelectorAll('[data-range]')) {
      const range = parseRange(element.getAttribute('data-range'));
      if (range === null) continue;
      if (range.start.line > line) break;
      found = element;
    }
    return found;
  }

  /**
   * Replaces the shown content with new HTML from the server, which rendered and sanitised it. It is parsed into an
   * inert document (scripts there never run, and the policy allows none) and its nodes moved in, so the page stays.
   */
  function update(html) {
    const scrollY = window.scrollY;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    root.replaceChildren(...parsed.body.childNodes);
    window.scrollTo(0, scrollY);
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message === null || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.html === 'string') update(message.html);
    else if (message.type === 'scrollTo' && Number.isSafeInteger(message.line)) {
      // Above the first annotation is the header, at the top of the page.
      const target = annotationAt(message.line);
      if (target) target.scrollIntoView({ block: 'nearest' });
      else window.scrollTo(0, 0);
    }
  });

  root.addEventListener('click', (event) => {
    // Links (citations, the claims column) keep their own behaviour; a click elsewhere on an annotation reveals it.
    if (!event.target || typeof event.target.closest !== 'function' || event.target.closest('a[href]')) return;
    const annotation = event.target.closest('[data-range]');
    const range = annotation ? parseRange(annotation.getAttribute('data-range')) : null;
    if (range) vscode.postMessage({ type: 'reveal', range });
  });

  // The scroll position outlives the page: VS Code reloads a hidden view's page when it is shown again.
  window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }));
  const state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  vscode.postMessage({ type: 'ready' });
})();
