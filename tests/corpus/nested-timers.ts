// Timers set inside a timer callback count their delay from that callback and run after its microtasks.
let depth = 0;
function chain(): void {
  depth++;
  console.log(`      chain step ${depth}`);
  if (depth < 3) setTimeout(chain, 0);
}

setTimeout(() => {
  console.log('outer (100 ms)');
  setTimeout(() => console.log('  inner +0 ms'), 0);
  setTimeout(() => {
    console.log('  inner +100 ms');
    setTimeout(() => {
      console.log('    innermost: +150 ms inside inner +100 (= +250 ms), starts a chain of 0 ms timers');
      chain();
      Promise.resolve().then(() => console.log('    microtask from innermost (before chain step 2)'));
    }, 150);
  }, 100);
  setTimeout(() => console.log('  inner +200 ms'), 200);
  Promise.resolve().then(() => console.log('  microtask from outer (before any inner timer)'));
}, 100);
console.log('sync end');
