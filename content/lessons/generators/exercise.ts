let pagesFetched = 0;

/**
 * A pretend search API that returns its results one page at a time. In real
 * life every page is a slow, and maybe paid, request to a server.
 */
function fetchPage(page: number): string[] {
  pagesFetched += 1;
  console.log(`  fetching page ${page}`);
  return [`result ${page}.1`, `result ${page}.2`, `result ${page}.3`];
}

const PAGE_COUNT = 5;

// TODO: make this lazy, so that a page is fetched only when its results are needed.
function allResults(): Iterable<string> {
  const results: string[] = [];
  for (let page = 1; page <= PAGE_COUNT; page++) {
    results.push(...fetchPage(page));
  }
  return results;
}

// Show the first four results, then stop.
let shown = 0;
for (const result of allResults()) {
  console.log(result);
  shown += 1;
  if (shown === 4) break;
}
console.log(`pages fetched: ${pagesFetched} of ${PAGE_COUNT}`);
