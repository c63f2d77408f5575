-- wrk -s bench/varied_boxes.lua: every request asks for another city-sized box (0.5 x 0.5 degrees) around one of the
-- kit's 327 city centres, moved by up to 0.2 degrees, so that no two requests are the same address. CITIES is a file
-- of "lon lat" lines, ROUTE the path and query before "bbox=" (ending in ? or &). The report at the end is the kit's.
dofile(os.getenv("BENCH_KIT") .. "/bench/wrk_report.lua")

local cities = {}
for line in io.lines(os.getenv("CITIES")) do
  local lon, lat = line:match("^(%S+)%s+(%S+)")
  if lon then cities[#cities + 1] = {tonumber(lon), tonumber(lat)} end
end
local route = os.getenv("ROUTE")

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

request = function()
  local c = cities[math.random(#cities)]
  local x = c[1] - 0.25 + (math.random(-200, 200) / 1000)
  local y = c[2] - 0.25 + (math.random(-200, 200) / 1000)
  return wrk.format("GET", string.format("%sbbox=%.3f,%.3f,%.3f,%.3f", route, x, y, x + 0.5, y + 0.5))
end
