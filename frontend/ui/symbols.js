// The two kinds differ in shape as well as colour (blue circle with a plus, vermilion triangle with a minus),
// so they stay apart for colour-blind readers and in greyscale print.
const NS = 'http://www.w3.org/2000/svg';
const SHAPES = {
  inclusion: [['circle', { cx: 10, cy: 10, r: 8.5 }], ['path', { d: 'M10 5.5v9M5.5 10h9', class: 'spmap-sign' }]],
  exclusion: [['path', { d: 'M10 1.5 19 18H1z' }], ['path', { d: 'M6.5 12.5h7', class: 'spmap-sign' }]],
};

export function symbol(kind) {
  const svg = document.createElementNS(NS, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false', class: `spmap-symbol ${kind}` })) {
    svg.setAttribute(k, v);
  }
  for (const [tag, attrs] of SHAPES[kind] ?? []) {
    const shape = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) shape.setAttribute(k, v);
    svg.append(shape);
  }
  return svg;
}
