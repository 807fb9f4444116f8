// Page logic of hostile-preupgrade.html. An app (or a tag manager) often sets a widget's
// properties before the widget's script has defined the tag: those values sit on the plain
// element as own properties and must still take effect after the upgrade.
(() => {
  const parsed = document.getElementById('parsed');
  parsed.indicator = 'online-retail-sales';
  parsed.observations = [{ year: 2023, value: 15.4, source: '国家统计局' }];

  const created = document.createElement('ec-target-gauge');
  created.id = 'created';
  created.indicator = 'online-retail-sales';
  created.targetYear = 2020;
  created.loading = 'eager';
  created.lang = 'en';
  document.getElementById('slot').append(created);

  window.__preupgradeDefined = [customElements.get('ec-indicator'), customElements.get('ec-target-gauge')].filter(Boolean).length;
  const script = document.createElement('script');
  script.src = '/dist/ec-widgets.min.js';
  document.head.append(script);
})();
