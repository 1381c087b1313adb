-- wrk script: online dossier submissions (POST /api/v1/dossiers), anonymous, as the public portal sends them.
-- Parameters come from the environment: BENCH_PROCEDURE, BENCH_AGENCY.
local procedure = os.getenv("BENCH_PROCEDURE")
local agency = os.getenv("BENCH_AGENCY")
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format([[{"procedureCode":"%s","channel":"ONLINE","receivingAgencyCode":"%s",
"applicant":{"type":"CITIZEN","idNumber":"001090%06d","name":"Nguyễn Văn An","birthDate":"1990-05-12",
"phone":"0912345678","email":"an.nguyen@example.vn","address":"Phường Hoàn Kiếm, Hà Nội"},"locale":"vi"}]],
    procedure, agency, counter % 1000000)
  return wrk.format("POST", "/api/v1/dossiers", {["Content-Type"] = "application/json"}, body)
end
