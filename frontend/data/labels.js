import { fill } from './format.js';

// A missing label shows its key: visible in review, never a crash or an empty button.
export function translator(labels = {}) {
  return (key, ...args) => {
    const text = Object.hasOwn(labels, key) ? String(labels[key]) : key;
    return args.length ? fill(text, args) : text;
  };
}
