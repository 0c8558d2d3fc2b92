-- wrk: the log-in form posted with a valid anti-forgery pair (cookie + field) and a member's password.
-- BENCH_LOGIN_COOKIE and BENCH_LOGIN_BODY come from bench/run.sh.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_LOGIN_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("BENCH_LOGIN_COOKIE")
