-- wrk: search with the query varied among common terms.
local terms = { "visa", "waiver", "residency", "match", "ecfmg", "license", "usmle", "interview", "j-1", "h-1b",
    "state", "mentor", "step", "observership", "letters", "eras", "nrmp", "fcvs", "certification", "contact" }

math.randomseed(os.time() + 1)

request = function()
    return wrk.format("GET", "/search?q=" .. terms[math.random(#terms)] .. "&page=" .. math.random(1, 2))
end
