/**
 * The reading view's page script (`media/readingView.js`), run under Node in a `vm` context with a small fake of
 * the few DOM and webview calls it makes: what it posts to the extension, and what it does with what it receives.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

const SCRIPT = readFileSync(fileURLToPath(new URL('../../../media/readingView.js', import.meta.url)), 'utf8');

type Listener = (event: unknown) => void;

/** An element of the fake page: its `data-range`, whether it sits inside a link, and whether it was scrolled to. */
class FakeElement {
  scrolled: unknown[] = [];
  constructor(
    readonly range: string | null,
    private readonly inLink = false,
    private readonly annotation: FakeElement | null = null,
  ) {}
  getAttribute(name: string): string | null {
    return name === 'data-range' ? this.range : null;
  }
  closest(selector: string): FakeElement | null {
    if (selector === 'a[href]') return this.inLink ? this : null;
    return selector === '[data-range]' ? (this.range === null ? this.annotation : this) : null;
  }
  scrollIntoView(options: unknown): void {
    this.scrolled.push(structuredClone(options));
  }
}

/** Runs the script on a fake page whose annotations are `annotations`, with `state` saved by an earlier page. */
function page(annotations: FakeElement[], state: unknown = undefined) {
  const posted: unknown[] = [];
  const saved: unknown[] = [];
  const scrolls: [number, number][] = [];
  const listeners = new Map<string, Listener>();
  const replaced: unknown[][] = [];
  const window = {
    scrollY: 120,
    addEventListener: (type: string, listener: Listener) => listeners.set(`window:${type}`, listener),
    scrollTo: (x: number, y: number) => scrolls.push([x, y]),
  };
  const root = {
    querySelectorAll: (selector: string) => (selector === '[data-range]' ? annotations : []),
    replaceChildren: (...nodes: unknown[]) => replaced.push(nodes),
    addEventListener: (type: string, listener: Listener) => listeners.set(`root:${type}`, listener),
  };
  class DOMParser {
    parseFromString(html: string, type: string) {
      return { body: { childNodes: [`parsed ${type}: ${html}`] } };
    }
  }
  runInNewContext(SCRIPT, {
    // Messages and state are cloned across, as the webview does; the clones also belong to this realm, for deepEqual.
    acquireVsCodeApi: () => ({ postMessage: (m: unknown) => posted.push(structuredClone(m)), setState: (s: unknown) => saved.push(structuredClone(s)), getState: () => state }),
    window,
    document: { getElementById: (id: string) => (id === 'gloss-root' ? root : null) },
    DOMParser,
  });
  const fire = (key: string, event: unknown) => (listeners.get(key) as Listener)(event);
  return { posted, saved, scrolls, replaced, window, fire };
}

test('the page asks for the latest view when it loads, and returns to the scroll position it saved', () => {
  const view = page([], { scrollY: 640 });
  assert.deepEqual(view.posted, [{ type: 'ready' }]);
  assert.deepEqual(view.scrolls, [[0, 640]]);
});

test('an update replaces the content with the parsed fragment and keeps the scroll position', () => {
  const view = page([]);
  view.fire('window:message', { data: { type: 'update', html: '<p>new</p>' } });
  assert.deepEqual(view.replaced, [['parsed text/html: <p>new</p>']]);
  assert.deepEqual(view.scrolls, [[0, 120]]);
});

test('scrolling to a line shows the last annotation that starts at or before it, or the top above the first', () => {
  const annotations = [new FakeElement('3:0-3:9'), new FakeElement('3:4-3:8'), new FakeElement('bad'), new FakeElement('10:115-10:128'), new FakeElement('12:0-12:5')];
  const view = page(annotations);
  view.fire('window:message', { data: { type: 'scrollTo', line: 11 } });
  assert.deepEqual(
    annotations.map((a) => a.scrolled.length),
    [0, 0, 0, 1, 0],
  );
  assert.deepEqual(annotations[3]?.scrolled, [{ block: 'nearest' }]);
  view.fire('window:message', { data: { type: 'scrollTo', line: 3 } });
  assert.deepEqual(annotations[1]?.scrolled, [{ block: 'nearest' }]);
  view.fire('window:message', { data: { type: 'scrollTo', line: 2 } });
  assert.deepEqual(view.scrolls, [[0, 0]]);
});

test('malformed messages change nothing', () => {
  const annotations = [new FakeElement('0:0-0:4')];
  const view = page(annotations);
  for (const data of [null, 'update', { type: 'update', html: 42 }, { type: 'scrollTo', line: '1' }, { type: 'scrollTo', line: 1.5 }, { type: 'eval', code: '1' }]) {
    view.fire('window:message', { data });
  }
  assert.deepEqual(view.replaced, []);
  assert.deepEqual(view.scrolls, []);
  assert.deepEqual(annotations[0]?.scrolled, []);
});

test('a click inside an annotation asks to reveal its range; a click on a link or outside annotations does not', () => {
  const mention = new FakeElement('10:115-10:128');
  const view = page([mention]);
  view.fire('root:click', { target: new FakeElement(null, false, mention) });
  view.fire('root:click', { target: new FakeElement(null, true, mention) });
  view.fire('root:click', { target: new FakeElement(null) });
  view.fire('root:click', { target: null });
  assert.deepEqual(view.posted, [{ type: 'ready' }, { type: 'reveal', range: { start: { line: 10, character: 115 }, end: { line: 10, character: 128 } } }]);
});

test('scrolling saves the position for the next page', () => {
  const view = page([]);
  view.window.scrollY = 300;
  view.fire('window:scroll', {});
  assert.deepEqual(view.saved, [{ scrollY: 300 }]);
});

test('the script evaluates nothing and writes no HTML but the server’s fragment through an inert parser', () => {
  assert.doesNotMatch(SCRIPT, /\beval\b|new Function|Function\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write|setTimeout\(\s*['"`]/);
  assert.deepEqual(SCRIPT.match(/parseFromString\([^)]*\)/g), ["parseFromString(html, 'text/html')"]);
});
