// A thousand widgets created, attached, detached and removed, as a single-page app mounts and
// unmounts them: every observer target, every listener on the window or document and every
// interval a widget starts must be gone with it. The probe wraps ResizeObserver,
// IntersectionObserver, MutationObserver, addEventListener/removeEventListener and
// setInterval before the widgets' modules load (imports run in order). The widgets come and go
// through the page logic test/smoke/hostile-lifecycle.test.js drives against the built file,
// so both suites exercise the same mix.
import '../smoke/pages/hostile-probe.js';
import '../smoke/pages/hostile-lifecycle.js';
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

/** Where test/smoke/pages/hostile-lifecycle.js puts the widgets and which ids it gives them. */
interface Stage {
  stage: HTMLElement;
  ids: readonly string[];
}

declare global {
  interface Window {
    __watchingNow: () => Watching;
    __cycle: (count: number, on: Stage) => Promise<void>;
    __attach: (count: number, on: Stage) => Promise<number>;
    __clear: (stage: HTMLElement) => Promise<void>;
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const ids = listIndicators().map((i) => i.id);

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

/** Tags, ids, eager, compact, arcs, supplied figures, re-attachment: see hostile-lifecycle.js. */
const cycle = (count: number) => window.__cycle(count, { stage, ids });

describe('lifecycle', () => {
  it('the instrumentation sees what attached widgets watch (control)', async () => {
    const before = window.__watchingNow();
    await window.__attach(20, { stage, ids });
    const during = window.__watchingNow();
    expect(during.resizeTargets).to.be.at.least(before.resizeTargets + 20);
    expect(during.listeners.length).to.be.greaterThan(before.listeners.length);
    await window.__clear(stage);
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
