-- wrk script for latency at a given load: each connection waits between requests so that the whole run
-- offers about RATE requests/s (env RATE, default 1000) over keep-alive connections, as a C client with
-- little overhead of its own. Every request is a new alert.
local counter = 0
local next_thread = 0
local per_connection_delay_ms = 10

setup = function(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

init = function(args)
  local rate = tonumber(os.getenv("RATE") or "1000")
  local connections = tonumber(os.getenv("PACED_CONNECTIONS") or "10")
  -- A connection waits for its answer too: take about 2 ms of that off the pause.
  per_connection_delay_ms = math.max(0, connections * 1000 / rate - 2)
end

delay = function()
  return per_connection_delay_ms
end

request = function()
  counter = counter + 1
  local id = string.format("p%d-%d", thread_id, counter)
  local body = string.format(
    '{"alert_id":"%s","device_id":"dev-%d","message":"paced alert %s","severity":"warning"}',
    id, counter % 300, id)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("PACED requests=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors_status=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status))
end
