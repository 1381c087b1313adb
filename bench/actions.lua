-- wrk script: real workflow transitions. Each dossier alternates FORWARD (specialist: examination → approval)
-- and SEND_BACK (leader: approval → examination); every request is one transition with its history row,
-- audit row and DossierStatusChanged event. Dossier codes come from $BENCH_CODES (bench/actions-prepare.sh).
local specialist = "Basic " .. "Y2h1eWVudmllbi5naWFwaHU6RGVtb0AyMDI2"   -- chuyenvien.giaphu:Demo@2026
local leader = "Basic " .. "bGFuaGRhby5naWFwaHU6RGVtb0AyMDI2"           -- lanhdao.giaphu:Demo@2026
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  codes, sent, next_index = {}, {}, 1
  local i = 0
  for line in io.lines(os.getenv("BENCH_CODES")) do
    i = i + 1
    if i % 2 == id - 1 then table.insert(codes, line) end   -- two wrk threads: disjoint halves
  end
end

request = function()
  local code = codes[next_index]
  next_index = next_index % #codes + 1
  local n = (sent[code] or 0)
  sent[code] = n + 1
  local path = "/api/v1/dossiers/" .. code .. "/actions"
  if n % 2 == 0 then
    return wrk.format("POST", path, {["Content-Type"] = "application/json", ["Authorization"] = specialist},
      '{"action":"FORWARD","comment":"Hồ sơ hợp lệ"}')
  end
  return wrk.format("POST", path, {["Content-Type"] = "application/json", ["Authorization"] = leader},
    '{"action":"SEND_BACK","comment":"Đề nghị xem lại"}')
end
