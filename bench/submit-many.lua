-- wrk script: online submissions spread over the demo communes and wards of five provinces (boundary-free
-- intake at many one-stop desks at once), the realistic national pattern. Procedure from BENCH_PROCEDURE.
local procedure = os.getenv("BENCH_PROCEDURE")
local agencies = {"000.00.31.H37", "000.00.32.H37", "000.00.33.H37", "000.00.31.H24", "000.00.32.H24",
                  "000.00.33.H24", "000.00.34.H24", "000.00.31.H21", "000.00.31.H12", "000.00.31.H55"}
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format([[{"procedureCode":"%s","channel":"ONLINE","receivingAgencyCode":"%s",
"applicant":{"type":"CITIZEN","idNumber":"001090%06d","name":"Nguyễn Văn An","birthDate":"1990-05-12",
"phone":"0912345678","email":"an.nguyen@example.vn","address":"Phường Hoàn Kiếm, Hà Nội"},"locale":"vi"}]],
    procedure, agencies[counter % #agencies + 1], counter % 1000000)
  return wrk.format("POST", "/api/v1/dossiers", {["Content-Type"] = "application/json"}, body)
end
