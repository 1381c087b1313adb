#!/usr/bin/env bash
# Prepares dossiers for the workflow-action figure: N counter dossiers for "Đăng ký tạm trú" (simple workflow)
# received by the Gia Phú commune desk, so that each one waits at the specialist's examination step.
# Usage: bench/actions-prepare.sh BASE_URL OUT_FILE [N]
set -euo pipefail
base=$1; out=$2; n=${3:-2000}
body='{"procedureCode":"1.004194","channel":"COUNTER","receivingAgencyCode":"000.00.31.H37","components":["TK01","TP02"],
"applicant":{"type":"CITIZEN","idNumber":"010195004321","name":"Lò Thị Hằng","birthDate":"1995-03-12","phone":"0912345678"}}'
seq 1 "$n" | xargs -P 8 -I{} curl -s -u motcua.giaphu:Demo@2026 -H 'Content-Type: application/json' -d "$body" \
    "$base/api/v1/dossiers" | grep -o '"code":"[^"]*"' | cut -d'"' -f4 > "$out"
echo "prepared $(wc -l < "$out") dossiers at the examination step" >&2
