-- nocodo-lsp for Neovim: starts `nocodo serve` for Rust and TypeScript buffers and offers the
-- modes as commands. Code actions need nothing extra: vim.lsp.buf.code_action() lists them.
local M = {}

local MODES = {
  "diesel.model_fn", "diesel.model_struct", "diesel.schema", "actix.handler", "actix.router", "actix.middleware",
  "types.typescript", "solid.view", "solid.form", "solid.route", "solid.context", "style.daisyui",
}
local NAME = "nocodo"

M.config = {
  cmd = { "nocodo", "serve" },
  settings = {},
  filetypes = { "rust", "typescript", "typescriptreact" },
  root_markers = { "Cargo.toml", "package.json", ".git" },
  progress = true,
}

--- The last result of :NocodoGenerate, for scripts and tests.
M.last_result = nil

local function notify(message, level)
  vim.notify("nocodo: " .. message, level)
end

-- Neovim 0.11 made client methods take `self`; 0.10 still wants the plain call.
local function client_call(client, method, ...)
  if vim.fn.has("nvim-0.11") == 1 then
    return client[method](client, ...)
  end
  return client[method](...)
end

local function client_for(bufnr)
  return vim.lsp.get_clients({ bufnr = bufnr, name = NAME })[1]
end

local function start(bufnr)
  local executable = M.config.cmd[1]
  if vim.fn.executable(executable) ~= 1 then
    notify(
      ("cannot start the server: %q is not executable; set `cmd` in require('nocodo').setup()"):format(executable),
      vim.log.levels.ERROR
    )
    return
  end
  local root = vim.fs.root(bufnr, M.config.root_markers) or vim.fn.getcwd()
  vim.lsp.start({
    name = NAME,
    cmd = M.config.cmd,
    root_dir = root,
    init_options = { nocodo = M.config.settings },
    settings = { nocodo = M.config.settings },
  }, { bufnr = bufnr })
end

local LEVELS = {
  applied = vim.log.levels.INFO,
  stale = vim.log.levels.WARN,
  cancelled = vim.log.levels.WARN,
  rejected = vim.log.levels.WARN,
}

local function run(client, bufnr, request)
  local params = { command = "nocodo.runMode", arguments = { request } }
  client_call(client, "request", "workspace/executeCommand", params, function(err, result)
    if err then
      M.last_result = { status = "failed", message = err.message }
      notify(err.message, vim.log.levels.ERROR)
      return
    end
    if result and result.status == "needs_input" and result.missing then
      local function answer(value)
        if value and value ~= "" then
          if type(request.args) ~= "table" or vim.tbl_isempty(request.args) then
            request.args = {}
          end
          request.args[result.missing.name] = value
          run(client, bufnr, request)
        else
          M.last_result = result
        end
      end
      local choices = result.missing.choices
      if type(choices) == "table" and #choices > 0 then
        -- A word of the request can be read more than one way: the server offers the readings,
        -- and a last one to answer in the person's own words.
        local offered = vim.list_extend({}, choices)
        if result.missing.other then
          table.insert(offered, { label = result.missing.other })
        end
        vim.ui.select(offered, {
          prompt = result.missing.prompt,
          format_item = function(choice)
            return choice.label
          end,
        }, function(choice)
          if choice and choice.value == nil then
            -- the person's own words; `other_value` carries the earlier answers around them
            vim.ui.input({ prompt = result.missing.prompt .. ": " }, function(words)
              local template = result.missing.other_value
              if words and words ~= "" and type(template) == "string" then
                local at = template:find("{answer}", 1, true)
                if at then
                  words = template:sub(1, at - 1) .. words .. template:sub(at + #"{answer}")
                end
              end
              answer(words)
            end)
          else
            answer(choice and choice.value)
          end
        end)
      else
        vim.ui.input({ prompt = result.missing.prompt .. ": " }, answer)
      end
      return
    end
    M.last_result = result
    if result then
      notify(result.message, LEVELS[result.status] or vim.log.levels.ERROR)
    end
  end, bufnr)
end

--- Run a mode at the cursor. `args` maps argument names to values, e.g. { name = "find_by_email" }.
function M.generate(mode, args)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = client_for(bufnr)
  if not client then
    M.last_result = { status = "failed", message = "the server is not running for this buffer" }
    notify("the server is not running for this buffer", vim.log.levels.ERROR)
    return
  end
  local position = vim.lsp.util.make_position_params(0, client.offset_encoding)
  run(client, bufnr, {
    mode = mode,
    uri = position.textDocument.uri,
    position = position.position,
    -- An empty Lua table would go out as a JSON array.
    args = (args and next(args)) and args or vim.empty_dict(),
  })
end

local function scratch(lines, name, filetype)
  vim.cmd("botright split")
  local buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_win_set_buf(0, buf)
  vim.api.nvim_buf_set_name(buf, name)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].buftype = "nofile"
  vim.bo[buf].bufhidden = "wipe"
  vim.bo[buf].filetype = filetype
  vim.bo[buf].modifiable = false
  return buf
end

function M.last_run()
  local bufnr = vim.api.nvim_get_current_buf()
  local client = client_for(bufnr)
  if not client then
    notify("the server is not running for this buffer", vim.log.levels.ERROR)
    return
  end
  local params = { command = "nocodo.showLastRun", arguments = { { uri = vim.uri_from_bufnr(bufnr) } } }
  client_call(client, "request", "workspace/executeCommand", params, function(err, result)
    if err then
      notify(err.message, vim.log.levels.ERROR)
    elseif not result then
      notify("no run yet for this buffer", vim.log.levels.INFO)
    else
      scratch(vim.split(result.markdown, "\n"), "nocodo://last-run", "markdown")
    end
  end, bufnr)
end

-- Planning: a chat log in a scratch buffer; questions come as vim.ui.select / vim.ui.input.
local plan = { buf = nil, session = nil, client = nil }

local function plan_log(lines)
  if not (plan.buf and vim.api.nvim_buf_is_valid(plan.buf)) then
    plan.buf = scratch({}, "nocodo://plan", "markdown")
    vim.cmd("wincmd p")
  end
  vim.bo[plan.buf].modifiable = true
  vim.api.nvim_buf_set_lines(plan.buf, -1, -1, false, lines)
  vim.bo[plan.buf].modifiable = false
end

local plan_request

local function ask(question, on_answer)
  if question.kind == "single" then
    vim.ui.select(question.options, { prompt = question.question }, function(choice)
      if choice then on_answer(choice) end
    end)
  elseif question.kind == "multiple" then
    local prompt = question.question .. " (" .. table.concat(question.options, ", ") .. "; separate with commas): "
    vim.ui.input({ prompt = prompt }, function(value)
      if value then
        on_answer(vim.tbl_map(vim.trim, vim.split(value, ",", { trimempty = true })))
      end
    end)
  else
    vim.ui.input({ prompt = question.question .. " " }, function(value)
      on_answer(value or "")
    end)
  end
end

local function show_reply(reply)
  if reply.sessionId and reply.sessionId ~= vim.NIL then plan.session = reply.sessionId end
  if reply.message and reply.message ~= "" then
    plan_log(vim.list_extend({ "" }, vim.split(reply.message, "\n")))
  end
  if type(reply.question) == "table" then
    plan_log({ "> " .. reply.question.question })
    ask(reply.question, function(answer)
      plan_log({ "  " .. (type(answer) == "table" and table.concat(answer, ", ") or answer) })
      plan_request("nocodo/plan/answer", { sessionId = plan.session, answer = answer })
    end)
  elseif type(reply.summary) == "table" then
    vim.ui.select({ "Confirm", "Not yet" }, { prompt = "Plan this?" }, function(choice)
      if choice == "Confirm" then plan_request("nocodo/plan/confirm", { sessionId = plan.session }) end
    end)
  elseif type(reply.epic) == "table" then
    local lines = { "", "# " .. reply.epic.title }
    for _, task in ipairs(reply.epic.tasks) do
      table.insert(lines, ("- #%d [%s] %s (%s)"):format(task.id, task.state, task.title, task.role))
    end
    table.insert(lines, "Run a ready task with :NocodoPlanRun {id}")
    plan_log(lines)
  end
  M.plan_reply = reply
end

plan_request = function(method, params)
  client_call(plan.client, "request", method, params, function(err, reply)
    if err and err.code == vim.lsp.protocol.ErrorCodes.MethodNotFound then
      notify("planning is not available in this server version", vim.log.levels.WARN)
    elseif err then
      notify(err.message, vim.log.levels.ERROR)
      plan_log({ "! " .. err.message })
    else
      show_reply(reply)
    end
  end)
end

function M.plan()
  plan.client = client_for(vim.api.nvim_get_current_buf())
  if not plan.client then
    notify("the server is not running for this buffer", vim.log.levels.ERROR)
    return
  end
  vim.ui.input({ prompt = "Describe the app: " }, function(description)
    if description and description ~= "" then
      plan_log({ "# Planning", "", description })
      plan_request("nocodo/plan/start", { description = description })
    end
  end)
end

function M.plan_run(task_id)
  if not plan.client then
    notify("start with :NocodoPlan", vim.log.levels.ERROR)
    return
  end
  plan_log({ ("Running task #%d…"):format(task_id) })
  client_call(plan.client, "request", "nocodo/plan/runTask", { taskId = task_id }, function(err, reply)
    if err then
      notify(err.message, vim.log.levels.ERROR)
      plan_log({ "! " .. err.message })
      M.plan_reply = { error = err.message }
      return
    end
    plan_log({ ("#%d is %s: %s"):format(task_id, reply.task.state, reply.message) })
    M.plan_reply = reply
  end)
end

local function parse_arguments(words)
  local args = {}
  for _, word in ipairs(words) do
    local key, value = word:match("^([%w_]+)=(.*)$")
    if key then
      args[key] = value
    else
      args.name = word
    end
  end
  return args
end

local function complete(arglead, cmdline)
  if #vim.split(cmdline, "%s+", { trimempty = false }) > 2 then
    return {}
  end
  return vim.tbl_filter(function(mode)
    return mode:find(arglead, 1, true) == 1
  end, MODES)
end

local function on_progress(event)
  local client = vim.lsp.get_client_by_id(event.data.client_id)
  local value = event.data.params and event.data.params.value or {}
  if client and client.name == NAME and value.kind ~= "end" then
    local text = table.concat(vim.tbl_filter(function(part)
      return part ~= nil and part ~= ""
    end, { value.title, value.message }), ": ")
    vim.api.nvim_echo({ { "nocodo: " .. text } }, false, {})
  end
end

-- A code action carries `nocodo.runMode`; Neovim's own execution of it would drop a
-- `needs_input` answer, so the plugin runs it itself and asks what is missing.
vim.lsp.commands["nocodo.runMode"] = function(command, ctx)
  local client = vim.lsp.get_client_by_id(ctx.client_id)
  local request = vim.deepcopy((command.arguments or {})[1] or {})
  if not client or not request.mode then
    notify("cannot run " .. command.command .. ": no server or no mode in the code action", vim.log.levels.ERROR)
    return
  end
  if type(request.args) ~= "table" or vim.tbl_isempty(request.args) then
    request.args = vim.empty_dict()
  end
  run(client, ctx.bufnr, request)
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", M.config, opts or {})
  local group = vim.api.nvim_create_augroup("nocodo", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.config.filetypes,
    callback = function(event)
      start(event.buf)
    end,
  })
  if M.config.progress then
    vim.api.nvim_create_autocmd("LspProgress", { group = group, callback = on_progress })
  end
  vim.api.nvim_create_user_command("NocodoGenerate", function(command)
    local words = command.fargs
    M.generate(table.remove(words, 1), parse_arguments(words))
  end, { nargs = "+", complete = complete, desc = "Run a nocodo mode at the cursor" })
  vim.api.nvim_create_user_command("NocodoLastRun", M.last_run, { desc = "Show the last nocodo run" })
  vim.api.nvim_create_user_command("NocodoPlan", M.plan, { desc = "Plan an epic with nocodo" })
  vim.api.nvim_create_user_command("NocodoPlanRun", function(command)
    M.plan_run(tonumber(command.args))
  end, { nargs = 1, desc = "Run a ready task of the plan" })
  -- Buffers opened before setup() get the server too.
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then
      start(buf)
    end
  end
end

return M
