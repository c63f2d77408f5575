// Repeated rows of a workspace form (sources, coverage figures, reforms) added and removed in place. Without this
// script the same buttons post the form and the server answers with the rows changed; see form-parts.html.
import { renumbered, legend } from './row-names.js';

const ATTRIBUTES = ['name', 'id', 'for', 'aria-describedby'];

function renumber(row, list, index, pattern) {
  for (const element of [row, ...row.querySelectorAll('*')]) {
    for (const attribute of ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, renumbered(value, list, index));
    }
  }
  const title = row.querySelector('legend');
  if (title && pattern) title.textContent = legend(pattern, index);
}

/** A copy of a row with nothing typed and no error: what "Add" appends. */
function blankCopy(row) {
  const copy = row.cloneNode(true);
  copy.querySelectorAll('.field-error').forEach((e) => e.remove());
  copy.querySelectorAll('[aria-invalid]').forEach((e) => e.setAttribute('aria-invalid', 'false'));
  copy.querySelectorAll('[aria-describedby]').forEach((e) => e.removeAttribute('aria-describedby'));
  copy.querySelectorAll('[autofocus]').forEach((e) => e.removeAttribute('autofocus'));
  copy.querySelectorAll('input').forEach((input) => {
    if (input.type === 'checkbox') input.checked = false;
    else input.value = '';
  });
  copy.querySelectorAll('select').forEach((select) => { select.selectedIndex = 0; });
  return copy;
}

function firstField(row) {
  return row.querySelector('input:not([type=checkbox]), select, textarea');
}

function setUp(group) {
  const list = group.dataset.rows;
  const pattern = group.dataset.legend;
  const add = group.querySelector(':scope > button[name=addRow]');
  const status = group.querySelector('[data-rows-status]');
  const rows = () => [...group.querySelectorAll(':scope > [data-row]')];
  if (!add || rows().length === 0) return;
  const template = blankCopy(rows()[0]);

  const renumberAll = () => rows().forEach((row, i) => renumber(row, list, i, pattern));

  const withRemoveButton = (row) => {
    const box = row.querySelector('.remove-row');
    if (!box) return row;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'remove-row';
    button.textContent = box.textContent.trim();
    button.addEventListener('click', () => {
      const next = row.nextElementSibling;
      row.remove();
      renumberAll();
      if (status) status.textContent = group.dataset.removed ?? '';
      (next?.matches('[data-row]') ? firstField(next) : add).focus();
    });
    box.replaceWith(button);
    return row;
  };

  rows().forEach(withRemoveButton);
  add.addEventListener('click', (event) => {
    event.preventDefault();
    const row = withRemoveButton(template.cloneNode(true));
    add.before(row);
    renumberAll();
    firstField(row)?.focus();
  });
}

document.querySelectorAll('form [data-rows]').forEach(setUp);

// After a save with mistakes, the keyboard starts at the list of them (or at the first faulty field), unless the
// page already put it in a row just added.
if (!document.querySelector('[autofocus]')) {
  const summary = document.getElementById('error-summary');
  const faulty = document.querySelector('form [aria-invalid=true]');
  if (summary) {
    summary.tabIndex = -1;
    summary.focus();
  } else {
    faulty?.focus();
  }
}
