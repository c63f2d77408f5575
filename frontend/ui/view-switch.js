/** The map / list / both switch (#view-switch); CSS shows or hides the parts from main#explore[data-view]. */
export function createViewSwitch(container, explore, onChange) {
  container?.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-view]');
    if (button) onChange(button.dataset.view);
  });
  return {
    write(view) {
      if (explore) explore.dataset.view = view;
      for (const button of container?.querySelectorAll('button[data-view]') ?? []) {
        button.setAttribute('aria-pressed', String(button.dataset.view === view));
      }
    },
  };
}
