// A thousand widgets created, attached, detached and removed, as a single-page app mounts and
// unmounts them: every observer target, every listener on the window or document and every
// interval a widget starts must be gone with it. The probe wraps ResizeObserver,
// IntersectionObserver, MutationObserver, addEventListener/removeEventListener and
// setInterval before the widgets' modules load (imports run in order).
import '../smoke/pages/hostile-probe.js';
import { expect } from '@open-wc/testing';
import '../../src/components/indicator/define.js';
import '../../src/components/target-gauge/define.js';
import { listIndicators } from '../../src/data/selectors.js';
import { errorRecorder } from './support.js';

interface Watching {
  resizeTargets: number;
  intersectionTargets: number;
  mutationObservers: number;
  intervals: number;
  listeners: string[];
}

declare global {
  interface Window {
    __watchingNow: () => Watching;
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

type Widget = HTMLElement & { updateComplete: Promise<boolean>; observations?: unknown };

const ids = listIndicators().map((i) => i.id);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

let stage: HTMLElement;
// Silences the widgets' warnings about ids without targets (by design), records real errors.
const recorder = errorRecorder();
beforeEach(() => {
  recorder.errors.length = 0;
  recorder.start();
  stage = document.createElement('div');
  stage.style.width = '640px';
  document.body.append(stage);
});
afterEach(() => {
  recorder.stop();
  stage.remove();
});

/** The same mix as test/smoke/pages/hostile-lifecycle.js: tags, ids, eager, compact, arcs, supplied figures, re-attachment. */
async function cycle(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const el = document.createElement(i % 2 ? 'ec-indicator' : 'ec-target-gauge') as Widget;
    el.setAttribute('indicator', ids[i % ids.length]!);
    if (i % 3 === 0) el.setAttribute('loading', 'eager');
    if (i % 5 === 0) el.setAttribute('compact', '');
    if (i % 4 === 0 && el.localName === 'ec-target-gauge') el.setAttribute('variant', 'arc');
    if (i % 6 === 1) el.observations = [{ year: 2024, value: 1, source: 'test' }];
    stage.append(el);
    await el.updateComplete;
    if (i % 10 === 0) {
      await frame();
      await frame();
    }
    if (i % 7 === 0) {
      el.remove();
      stage.append(el);
      await el.updateComplete;
    }
    el.remove();
  }
  await frame();
  await frame();
}

describe('lifecycle', () => {
  it('the instrumentation sees what attached widgets watch (control)', async () => {
    const before = window.__watchingNow();
    const els = ids.slice(0, 20).map((id, i) => {
      const el = document.createElement(i % 2 ? 'ec-indicator' : 'ec-target-gauge') as Widget;
      el.setAttribute('indicator', id);
      stage.append(el);
      return el;
    });
    await Promise.all(els.map((el) => el.updateComplete));
    await frame();
    const during = window.__watchingNow();
    expect(during.resizeTargets).to.be.at.least(before.resizeTargets + 20);
    expect(during.listeners.length).to.be.greaterThan(before.listeners.length);
    stage.replaceChildren();
    await frame();
    expect(window.__watchingNow()).to.deep.equal(before);
  });

  it('1,000 widgets come and go, leaving no observer target, listener or interval', async function () {
    this.timeout(120_000);
    await cycle(20);
    const before = window.__watchingNow();
    await cycle(1000);
    expect(window.__watchingNow()).to.deep.equal(before);
    expect(recorder.errors).to.deep.equal([]);
  });

  // Needs Chromium started with --js-flags=--expose-gc and --enable-precise-memory-info (see the
  // report for the config change); test/smoke/hostile-lifecycle.test.js measures it meanwhile.
  it('JS heap after GC within 1 MB of where it began (Chromium with window.gc)', async function () {
    if (typeof window.gc !== 'function' || !performance.memory) this.skip();
    this.timeout(120_000);
    const used = async () => {
      for (let i = 0; i < 4; i++) {
        window.gc!();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return performance.memory!.usedJSHeapSize;
    };
    await cycle(100);
    const before = await used();
    await cycle(1000);
    const after = await used();
    expect(after - before, 'bytes the heap grew by').to.be.below(1024 * 1024);
  });
});
