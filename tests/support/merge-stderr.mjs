// Preloaded into example runs under Node: console.error and console.warn print to stdout,
// so one stream holds the whole output in order, as the sandbox's output panel does.
process.stderr.write = process.stdout.write.bind(process.stdout);
