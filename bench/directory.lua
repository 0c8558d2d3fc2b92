-- wrk: the mentor directory with its filters varied on every request (specialty, language, state, page).
local specialties = { "", "Internal%20Medicine", "Family%20Medicine", "Pediatrics", "Psychiatry", "Neurology",
    "General%20Surgery", "Pathology", "Radiology" }
local languages = { "", "English", "Spanish", "Hindi", "Arabic", "Mandarin", "Urdu" }
local states = { "", "NY", "NJ", "CA", "TX", "IL", "FL" }

math.randomseed(os.time())

request = function()
    local path = "/mentoring/mentors?specialty=" .. specialties[math.random(#specialties)]
        .. "&language=" .. languages[math.random(#languages)]
        .. "&state=" .. states[math.random(#states)]
        .. "&page=" .. math.random(1, 20)
    return wrk.format("GET", path)
end
