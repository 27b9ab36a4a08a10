// Timers started before sequential top-level awaits keep firing while the module is paused.
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

console.log('module: start');
setTimeout(() => console.log('  background timer 100 ms'), 100);
const firstNap = sleep(300); // created in due order among the background timers
setTimeout(() => console.log('  background timer 600 ms'), 600);
setTimeout(() => console.log('  background timer 1100 ms'), 1100);

await firstNap; // resumes at ~300 ms: after the 100 ms timer
console.log('module: after first await (300 ms)');
await Promise.all([sleep(250), sleep(500)]); // resumes at ~800 ms: after the 600 ms timer
console.log('module: after Promise.all (800 ms)');
console.log('module: end of top-level code; a timer is still pending');
