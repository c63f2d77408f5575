import { parse, serialize, filterKey } from './data/state.js';
import { createApi, isAbort, ApiError, getJson } from './data/api.js';
import { translator } from './data/labels.js';
import { createFormat } from './data/format.js';
import { createHistory } from './data/history.js';
import { classify, rangeLabels, NO_DATA } from './data/classes.js';
import { indicatorCode, recordCounts, matchCounts, latestValues } from './data/measures.js';
import { mainBounds } from './data/bbox.js';
import { COVERAGE_MEASURE, STATUSES, STATUS_COLOURS, coverageApiUrl, coverageChoice, coverageStatuses, matrixUrl } from './data/coverage.js';
import { createMapView } from './map/map.js';
import { createCountries } from './map/choropleth.js';
import { createObservations } from './map/observations.js';
import { createPanel } from './ui/panel.js';
import { observationPanel, observationPopup } from './ui/observation.js';
import { countryPanel, countryTooltip } from './ui/country.js';
import { renderLegend } from './ui/legend.js';
import { createList } from './ui/list.js';
import { createFilters } from './ui/filters.js';
import { createViewSwitch } from './ui/view-switch.js';
import { updateLanguageLinks } from './ui/language.js';
import { updateDownloadLinks } from './ui/downloads.js';
import { createAlert } from './ui/alert.js';
import { createFilterSheet } from './ui/filter-sheet.js';
import { createIntro } from './ui/intro.js';
import { createEmbedCode, createEmbedLabel } from './ui/embed.js';
import { symbol } from './ui/symbols.js';

const $ = (id) => document.getElementById(id);

// The page's state lives in this call, not in the module: it is made when the page starts, from the page's own
// config, and nothing that merely imports the module can see or change it.
function start(config) {
  const t = translator(config.labels, config.lang);
  const fmt = createFormat(config.lang);
  const api = createApi(config.urls, config.lang);
  const measures = config.measures.map((m) => m.id);
  const measureLabel = (id) => config.measures.find((m) => m.id === id)?.label ?? id;
  const clusterMaxZoom = config.clusterMaxZoom ?? 6;
  if (config.embed) document.documentElement.classList.add('spmap-embed');

  const countries = new Map();
  let countriesReady = false;
  let countriesArrived;
  const countriesSettled = new Promise((resolve) => { countriesArrived = resolve; });
  const ctx = {
    t, fmt, measureLabel, urls: config.urls, embed: Boolean(config.embed), lang: config.lang,
    countryName: (iso3) => countries.get(iso3)?.properties.name ?? iso3 ?? '',
  };

  let state = parse(location.search, measures);
  // A language chosen in the address stays there, or the next reload would fall back to the browser's.
  const hist = createHistory({
    lang: new URLSearchParams(location.search).has('lang') ? config.lang : '',
    onPop: (search) => commit(parse(search, measures), 'pop'),
  });

  const alert = createAlert($('map'), t('js.error.load'));
  const view = createMapView($('map'), {
    tiles: config.tiles, onMove, zoom: { in: t('js.zoomIn'), out: t('js.zoomOut') }, onTilesFailed: () => countryLayer.setFillOpacity(1),
  });
  view.map.attributionControl?.addAttribution(config.labels['js.attribution'] ?? '');
  const countryLayer = createCountries(view.map, {
    // Under the coverage measure a country opens its row of the coverage matrix, in the measure's column.
    onSelect: (iso3) => (state.measure === COVERAGE_MEASURE
      ? location.assign(matrixUrl(config.urls.coveragePage, state, iso3, config.lang)) : select(`c:${iso3}`)),
    tooltip, fillOpacity: config.tiles ? 0.65 : 1,
  });
  const points = createObservations(view.map, {
    t, fmt, symbol, popupContent: (p) => observationPopup(p, ctx), onSelect: (id) => select(`o:${id}`),
  });
  const panel = createPanel($('panel'), { t, onClose: () => select('') });
  const legend = $('legend');
  // A small map (a phone, an embed) starts with the legend folded to its head, so the map stays visible.
  if (legend) legend.dataset.folded = String(innerWidth < 700 || innerHeight < 500);
  const count = $('result-count');
  const list = $('results') && createList($('results'), { ctx, onFocus: (id) => points.highlight(id) });
  const filters = $('filters') && createFilters($('filters'), { measures, onChange: changeFilters });
  const sheet = createFilterSheet($('filters'), $('filters-toggle'), { t });
  createIntro(config.embed ? null : $('intro'), $('intro-open'));
  const embedCode = createEmbedCode($('embed-code'), { t, lang: config.lang, title: t('js.embed.title') });
  const embedLabel = createEmbedLabel($('embed-label'), { t, lang: config.lang, measureLabel, countryName: ctx.countryName });
  // Without the switch (the embed) the page keeps its own layout.
  const views = createViewSwitch($('view-switch'), $('view-switch') && $('explore'), (v) => commit({ ...state, view: v }, 'push'));

  // One controller per kind of load: a newer request cancels the one it makes obsolete, silently.
  const controllers = {};
  async function load(name, fetch, render, handled = () => false) {
    controllers[name]?.abort();
    const controller = (controllers[name] = new AbortController());
    let data;
    try {
      data = await fetch(controller.signal);
    } catch (e) {
      if (isAbort(e) || controller.signal.aborted) return;
      if (!handled(e)) alert.fail(name);
      return;
    }
    if (controller.signal.aborted) return;
    alert.ok(name);
    render(data);
  }

  function commit(next, how) {
    const prev = state;
    state = next;
    if (how === 'push') hist.push(state);
    render(prev, how === 'pop');
  }

  function select(sel) {
    if (sel !== state.sel) commit({ ...state, sel }, 'push');
  }

  function changeFilters(values) {
    const next = { ...state, ...values };
    const picked = values.country && values.country !== state.country;
    // The country filter is also the keyboard's way to a country's details.
    if (picked) next.sel = `c:${values.country}`;
    else if (!values.country && state.sel === `c:${state.country}`) next.sel = '';
    commit(next, 'push');
    if (picked && countries.has(values.country) && view.visible()) {
      view.fit(mainBounds(countries.get(values.country).geometry), { quiet: false, right: hiddenByPanel() });
    }
  }

  function render(prev, restoring) {
    const first = prev === null;
    filters?.write(state);
    sheet.write(state);
    views.write(state.view);
    // The panel first: a country fitted into view is fitted beside it.
    if (first || prev.sel !== state.sel) showSelection(!first && !restoring);
    let moved = false;
    if (first || restoring) moved = restoreView();
    if (!first && prev.view !== state.view) requestAnimationFrame(showMapAgain);
    const filtered = first || filterKey(prev) !== filterKey(state);
    if (filtered) {
      loadList();
      if (!moved) loadPoints();
    }
    if (countriesReady && (first || prev.measure !== state.measure || (filtered && dependsOnFilters(state.measure)))) {
      recolour();
    }
    updateLinks();
  }

  // Every link that carries the map's state: other languages, downloads, the embed code, the embed's way back.
  function updateLinks() {
    const query = serialize(state);
    updateLanguageLinks(query);
    updateDownloadLinks(state);
    embedCode.write(query);
    embedLabel.write(state, query);
  }

  /** Puts the map where the state says, or fits the world (or the selected country); true when it moved. */
  function restoreView() {
    if (state.lat === null) {
      const iso3 = state.sel.startsWith('c:') ? state.sel.slice(2) : '';
      view.fit(countries.has(iso3) ? mainBounds(countries.get(iso3).geometry) : null, { right: hiddenByPanel() });
      return true;
    }
    const now = view.ready() ? view.view() : null;
    if (now && serialize({ ...state, ...now }) === serialize(state)) return false;
    view.setView(state.lat, state.lon, state.zoom);
    return true;
  }

  // How much of the map's right side the open panel covers, so a fitted country is not drawn underneath it;
  // nothing when it covers nearly all of the map, as on a phone.
  function hiddenByPanel() {
    const aside = $('panel');
    if (aside.hidden) return 0;
    const p = aside.getBoundingClientRect();
    const m = $('map').getBoundingClientRect();
    const covered = Math.max(0, Math.min(m.right, p.right) - Math.max(m.left, p.left));
    return covered < m.width * 0.6 ? covered : 0;
  }

  // A map hidden by the list view had no size; once shown it needs its size and view again.
  function showMapAgain() {
    if (!view.visible()) return;
    view.resize();
    restoreView();
    loadPoints();
  }

  function onMove(quiet) {
    loadPoints();
    if (quiet) return;
    state = { ...state, ...view.view() };
    hist.replaceLater(state);
    updateLinks();
  }

  function loadPoints() {
    if (!view.visible()) return;
    const bbox = view.bbox();
    // Clusters are computed per whole zoom level; the map moves in half steps.
    const zoom = Math.floor(view.zoom());
    const clustered = zoom <= clusterMaxZoom;
    load('points',
      (signal) => (clustered ? api.clusters(state, bbox, zoom, signal) : api.observations(state, { bbox, signal })),
      (collection) => points.show(collection, clustered));
  }

  let listed = null;
  function loadList() {
    if (!list && !count) return;
    load('list', (signal) => api.observations(state, { limit: 200, signal }), (collection) => {
      listed = collection;
      list?.render(collection);
      const n = collection.numberMatched ?? collection.features.length;
      if (count) {
        count.textContent = n === 0 ? t('js.count.none') : t.count('js.count.observations', n, fmt.number(n));
      }
    });
  }

  const dependsOnFilters = (measure) => measure === 'matches' || measure === COVERAGE_MEASURE || Boolean(indicatorCode(measure));

  let painted = { values: new Map(), unit: null, indicator: false };
  const indicators = new Map();

  function recolour() {
    const features = [...countries.values()];
    const code = indicatorCode(state.measure);
    if (state.measure === COVERAGE_MEASURE) {
      const { group } = coverageChoice(state);
      load('measure', (signal) => getJson(coverageApiUrl(config.urls.coverage, state, config.lang), signal),
        (matrix) => paintCoverage(coverageStatuses(matrix, group)));
    } else if (state.measure === 'matches') {
      load('measure', (signal) => api.schemeCounts(state, signal), (r) => paint(matchCounts(features, r.counts)));
    } else if (code) {
      load('measure', async (signal) => indicators.get(code) ?? indicators.set(code, await api.indicator(code, signal)).get(code),
        (indicator) => {
          const latest = latestValues(indicator.values ?? [], state.to);
          paint(latest.values, indicator.unit ?? null, latest.years);
        });
    } else {
      controllers.measure?.abort();
      paint(recordCounts(features, state.measure));
    }
  }

  function paint(values, unit = null, years = null) {
    const indicator = Boolean(indicatorCode(state.measure));
    const scale = classify([...values.values()].map((v) => v.value), { zeroClass: !indicator });
    painted = { values, unit, indicator };
    countryLayer.recolour((iso3) => scale.colourOf(values.get(iso3)?.value));
    if (!legend) return;
    const gaps = !scale.classes.length || [...countries.keys()].some((iso3) => !values.has(iso3));
    renderLegend(legend, {
      t,
      title: measureLabel(state.measure),
      note: [unit === 'percent' ? '%' : unit, years && fmt.period(String(years[0]), String(years[1]))].filter(Boolean).join(' · '),
      classes: classLabels(scale.classes, unit, !indicator),
      noData: gaps ? NO_DATA : null,
    });
  }

  function classLabels(classes, unit, whole) {
    const labels = rangeLabels(classes, {
      whole, value: (n) => fmt.value(n, unit), range: (a, b) => t('js.legend.range', a, b), orMore: (a) => t('js.legend.orMore', a),
    });
    return classes.map((c, i) => ({ colour: c.colour, label: labels[i] }));
  }

  // Statuses are categories, not amounts: one colour each, and no scheme recorded is no data, never "not covered".
  function paintCoverage(statuses) {
    painted = { values: statuses, unit: null, indicator: false, coverage: true };
    countryLayer.recolour((iso3) => STATUS_COLOURS[statuses.get(iso3)?.status] ?? NO_DATA);
    if (!legend) return;
    const c = coverageChoice(state);
    renderLegend(legend, {
      t,
      title: t('measure.coverage.legend', t(`group.${c.group}`),
        c.branch ? t(`branch.${c.branch}`) : t('measure.coverage.allBranches'), c.year ?? t('measure.coverage.thisYear')),
      note: t('measure.coverage.hint'),
      classes: STATUSES.map((s) => ({ colour: STATUS_COLOURS[s], label: t(`matrix.status.${s}`) })),
      noData: NO_DATA,
      noDataLabel: t('matrix.status.no_scheme'),
    });
  }

  function tooltip(iso3) {
    const v = painted.values.get(iso3);
    if (painted.coverage) {
      const status = t(`matrix.status.${v?.status ?? 'no_scheme'}`);
      return countryTooltip(ctx.countryName(iso3), `${t.colon(measureLabel(state.measure))} ${status}${v?.viaGeneral ? ` ${t('matrix.viaGeneral.short')}` : ''}`);
    }
    const value = !v ? t('js.legend.noData')
      : painted.indicator ? `${fmt.value(v.value, painted.unit)} (${v.year})` : fmt.number(v.value);
    return countryTooltip(ctx.countryName(iso3), `${t.colon(measureLabel(state.measure))} ${value}`);
  }

  // A permalink to an observation without a view opens close enough to see its marker.
  let centreOnSelection = state.lat === null && state.sel.startsWith('o:');

  function showSelection(focus) {
    const type = state.sel.slice(0, 1);
    const key = state.sel.slice(2);
    countryLayer.select(type === 'c' ? key : null);
    if (!type) {
      controllers.selection?.abort();
      panel.hide();
      points.closePopup();
      return;
    }
    if (type === 'c' && !countriesReady) return;
    if (type === 'c' && !countries.has(key)) {
      forget();
      return;
    }
    panel.loading();
    const notFound = (e) => {
      const gone = e instanceof ApiError && e.status === 404;
      if (gone) forget();
      else panel.hide();
      return gone;
    };
    if (type === 'c') {
      load('selection', (signal) => Promise.all([api.country(key, signal), api.schemes(key, signal)]),
        ([feature, schemes]) => panel.show(countryPanel(feature, schemes.items ?? [], ctx), { focus }), notFound);
      return;
    }
    // Waits for the countries too, so the panel names the country instead of showing its code.
    load('selection', async (signal) => (await Promise.all([api.observation(key, signal), countriesSettled]))[0], (feature) => {
      panel.show(observationPanel(feature, ctx), { focus });
      if (centreOnSelection && feature.geometry) {
        const [lon, lat] = feature.geometry.coordinates;
        view.setView(lat, lon, Math.max(view.zoom(), clusterMaxZoom + 1));
      }
      centreOnSelection = false;
      if (view.visible()) points.showPopup(feature);
    }, notFound);
  }

  // A selection that no longer exists is dropped from the address rather than left to fail again.
  function forget() {
    panel.hide();
    state = { ...state, sel: '' };
    hist.replace(state);
    countryLayer.select(null);
    updateLinks();
  }

  hist.replace(state);
  render(null, false);
  load('countries', (signal) => api.countries(signal), (collection) => {
    for (const f of collection.features) countries.set(f.properties.iso3, f);
    countryLayer.add(collection);
    countriesReady = true;
    countriesArrived();
    recolour();
    if (state.sel.startsWith('c:')) {
      showSelection(false);
      if (state.lat === null) restoreView();
    }
    if (listed) list?.render(listed);
    updateLinks();
  }, () => {
    countriesArrived();
    return false;
  });
}

start(JSON.parse($('spmap-config').textContent));
