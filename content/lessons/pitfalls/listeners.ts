// Buggy: opening a panel adds a listener to the app's settings, and
// closing the panel forgets to remove it. Every closed panel keeps
// listening, and keeps its closure (and whatever that refers to) alive
// for as long as `settings` lives.
function openPanelBuggy(settings: EventTarget, name: string): () => void {
  settings.addEventListener("change", () => console.log(`  ${name} redraws`));
  return () => {
    // close: nothing to undo, or so it seems
  };
}

// Fixed: one AbortController per panel. Passing its signal to
// addEventListener removes the listener when the panel closes; the
// panel's timers and requests can hang off the same signal.
function openPanelFixed(settings: EventTarget, name: string): () => void {
  const closed = new AbortController();
  settings.addEventListener("change", () => console.log(`  ${name} redraws`), {
    signal: closed.signal,
  });
  return () => closed.abort();
}

for (const [label, openPanel] of [
  ["buggy", openPanelBuggy],
  ["fixed", openPanelFixed],
] as const) {
  console.log(
    `${label}: open and close two panels, open a third, change a setting`,
  );
  // The settings send a "change" event whenever they change.
  const settings = new EventTarget();
  for (const name of ["panel 1", "panel 2"]) {
    const close = openPanel(settings, name);
    close();
  }
  const closeLast = openPanel(settings, "panel 3");
  settings.dispatchEvent(new Event("change"));
  closeLast();
}
