-- Valid requests over the main operations, in turn; any non-2xx answer is counted.
local slug = "russian-soldiers-who-dont-want-to-fight"
local paths = {
  "/api/articles",
  "/api/articles/" .. slug,
  "/api/articles/" .. slug .. "/quotes?q=war",
  "/api/articles/" .. slug .. "/speakers",
  "/api/quotes?q=soldier&size=5",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
local non2xx = 0
response = function(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
