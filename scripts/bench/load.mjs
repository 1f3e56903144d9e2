import autocannon from 'autocannon';

/** Throughput and tail latency under `connections` concurrent keep-alive clients, after a short warm-up. */
export async function load(url, { connections = 50, seconds = 10 } = {}) {
  await autocannon({ url, connections, amount: connections * 20, timeout: 10 });
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10 });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / (result.duration || seconds)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
