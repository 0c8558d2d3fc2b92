# Shared by bench/run.sh, bench/mentors.sh and bench/lighthouse.sh: turning wrk's output into one table row, and the table.
# Source it; it defines functions only.

# wrk prints latencies as 812.00us, 1.23ms or 1.02s: normalize to milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
        else { printf "%s", v }
    }'
}

# wrk_row NAME HTTP_STATUS WRK_OUTPUT: one Markdown row of requests/s, p50, p99 and errors
# (non-2xx/3xx responses plus socket errors).
wrk_row() {
    local name="$1" status="$2" out="$3" rps p50 p99 bad errs
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
    p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
    bad="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")"
    errs="$(awk '/Socket errors:/ {s = 0; for (i = 4; i <= NF; i += 2) { v = $i; gsub(/,/, "", v); s += v }; print s}' <<<"$out")"
    printf '| %-24s | %6s | %10s | %8s | %8s | %6s |' "$name" "$status" "$rps" "$p50" "$p99" "$(( ${bad:-0} + ${errs:-0} ))"
}

# print_table ROW...: the header, then the rows from wrk_row.
print_table() {
    printf '| %-24s | %6s | %10s | %8s | %8s | %6s |\n' "target" "status" "requests/s" "p50 ms" "p99 ms" "errors"
    printf '|%s|%s|%s|%s|%s|%s|\n' "--------------------------" "--------" "------------" "----------" "----------" "--------"
    printf '%s\n' "$@"
}

# wrk_fields WRK_OUTPUT: "requests/s p50_ms p99_ms errors" on one line.
wrk_fields() {
    local out="$1" rps p50 p99 bad errs
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
    p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
    bad="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")"
    errs="$(awk '/Socket errors:/ {s = 0; for (i = 4; i <= NF; i += 2) { v = $i; gsub(/,/, "", v); s += v }; print s}' <<<"$out")"
    echo "${rps:-0} ${p50:-0} ${p99:-0} $(( ${bad:-0} + ${errs:-0} ))"
}

# bench_portal_env DB_FILE APP_URL MAIL_DIR: sets the array PORTAL_ENV to what every bench script starts the
# portal with: Production on a new SQLite file it creates on purpose (Database:CreateIfMissing, ADR 0065: the
# file's folder is not empty), the contact address Production requires (ADR 0091), mail to a
# pickup folder, and plain HTTP on loopback (Secure-only cookies off: with them on, Production
# refuses forms over plain HTTP).
bench_portal_env() {
    PORTAL_ENV=(
        ASPNETCORE_ENVIRONMENT=Production
        ASPNETCORE_URLS="$2"
        Database__Provider=Sqlite
        Database__CreateIfMissing=true
        ConnectionStrings__ImgPortal="Data Source=$1"
        Portal__PublicBaseUrl="$2"
        Portal__ContactEmail=bench-contact@imgportal-bench.org
        Email__Delivery=Pickup
        Email__PickupDirectory="$3"
        Security__SecureCookies=false
    )
}
