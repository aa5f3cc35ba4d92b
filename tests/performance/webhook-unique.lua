-- wrk script: every request is a new alert (unique alert_id and message), so each one is a real insert,
-- a queued job and a commit; nothing is folded into a duplicate.
local counter = 0
local next_thread = 0

-- setup runs in the main Lua state; thread:set puts a global into each thread's own state.
setup = function(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

init = function(args)
  counter = 0
end

request = function()
  counter = counter + 1
  local id = string.format("t%d-%d", thread_id, counter)
  local body = string.format(
    '{"alert_id":"%s","device_id":"dev-%d","device_name":"WS-%d","client_id":"Bench Client",' ..
    '"message":"Disk C: usage %d%% on run %s","severity":"warning","timestamp":"2025-08-11T10:00:00Z"}',
    id, counter % 500, counter % 500, counter % 100, id)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%d duration_s=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f errors_status=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
