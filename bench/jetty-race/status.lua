-- Counts and prints the first few answers that are not 200.
local bad = 0
response = function(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
    if bad <= 3 then io.stderr:write("answer " .. status .. ": " .. string.sub(body or "", 1, 120) .. "\n") end
  end
end
