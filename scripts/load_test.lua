-- wrk script for scripts/load_test.sh: spreads the requests over the site paths given after `--`,
-- each thread starting at a different one, and counts the responses by status.
--
--   wrk -t 2 -c 32 -d 20s --latency -s scripts/load_test.lua http://127.0.0.1:8080 -- / /groups/
--
-- At the end it prints one line that load_test.sh reads:
--   RESULT requests=... seconds=... rps=... p50_ms=... p90_ms=... p99_ms=... max_ms=...
--          connect_errors=... read_errors=... write_errors=... timeouts=... status_errors=...
--          statuses=200:1234,301:56

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("id", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  if #args == 0 then
    error("give the paths to request after --")
  end
  prepared = {}
  for i, path in ipairs(args) do
    prepared[i] = wrk.format("GET", path)
  end
  position = id % #prepared
  statuses = {}
end

function request()
  position = position % #prepared + 1
  return prepared[position]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      merged[status] = (merged[status] or 0) + count
    end
  end
  local codes = {}
  for status in pairs(merged) do
    table.insert(codes, status)
  end
  table.sort(codes)
  local parts = {}
  for _, status in ipairs(codes) do
    table.insert(parts, status .. ":" .. merged[status])
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f "
      .. "connect_errors=%d read_errors=%d write_errors=%d timeouts=%d status_errors=%d statuses=%s\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    errors.connect, errors.read, errors.write, errors.timeout, errors.status,
    table.concat(parts, ",")
  ))
end
