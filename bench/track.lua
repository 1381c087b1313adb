-- wrk script: public tracking look-ups spread over many dossiers (the codes in $BENCH_CODES, written by
-- bench/actions-prepare.sh, all filed by the same applicant), each with the applicant's ID number.
function init(args)
  codes = {}
  for line in io.lines(os.getenv("BENCH_CODES")) do table.insert(codes, line) end
  next_index = math.random(1, #codes)
end

request = function()
  local code = codes[next_index]
  next_index = next_index % #codes + 1
  return wrk.format("GET", "/api/v1/public/dossiers/" .. code .. "?idNumber=010195004321")
end
