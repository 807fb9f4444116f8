// Page logic of hostile-lifecycle.html: creates, attaches, detaches and removes widgets, the way
// a single-page app mounts and unmounts them. An external file, like all hostile-* page logic.
// test/hostile/lifecycle.test.ts imports it too, so the browser suites and the built file go
// through the same mix: there, the widgets come from the sources, so the test passes its own
// stage and ids (the page's defaults read the built file's window.ecWidgets).
(() => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** The page's stage and every indicator id the built file knows; evaluated only when a caller passes none. */
  const onThisPage = () => ({
    stage: document.getElementById('stage'),
    ids: window.ecWidgets.listIndicators().map((i) => i.id),
  });

  /**
   * `count` widgets, alternating tags and ids; some eager, some compact, some arcs; every one
   * attached, updated, sometimes given a frame to be measured, sometimes detached and attached
   * again, then removed. Resolves when all are gone.
   */
  window.__cycle = async (count, { stage, ids } = onThisPage()) => {
    for (let i = 0; i < count; i++) {
      const el = document.createElement(i % 2 ? 'ec-indicator' : 'ec-target-gauge');
      el.setAttribute('indicator', ids[i % ids.length]);
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
  };

  /** Attaches `count` widgets and leaves them: a control for the instrumentation. */
  window.__attach = async (count, { stage, ids } = onThisPage()) => {
    const els = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement(i % 2 ? 'ec-indicator' : 'ec-target-gauge');
      el.setAttribute('indicator', ids[i % ids.length]);
      stage.append(el);
      els.push(el);
    }
    await Promise.all(els.map((el) => el.updateComplete));
    await frame();
    return els.length;
  };
  window.__clear = async (stage = document.getElementById('stage')) => {
    stage.replaceChildren();
    await frame();
    await frame();
  };
})();
