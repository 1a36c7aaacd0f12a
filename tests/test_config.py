import pytest

from nocodo.server.config import SettingsError, resolve_settings


def test_defaults_use_the_embedded_model():
    settings = resolve_settings({}, {})
    assert settings.backend == "embedded" and settings.model_path is None and settings.temperature == 0.1


def test_editor_settings_win_over_environment():
    environ = {"NOCODO_TEMPERATURE": "0.2", "RUST_ENGINEER_MODEL": "qwen"}
    settings = resolve_settings({"nocodo": {"temperature": 0.15, "maxRetries": 0}}, environ)
    assert (settings.temperature, settings.max_retries, settings.model) == (0.15, 0, "qwen")


def test_llama_cpp_base_url_selects_the_server_as_the_seed_does():
    settings = resolve_settings({}, {"LLAMA_CPP_BASE_URL": "http://127.0.0.1:9000"})
    assert (settings.backend, settings.base_url) == ("llama_cpp_server", "http://127.0.0.1:9000")
    explicit = resolve_settings({"backend": "embedded"}, {"LLAMA_CPP_BASE_URL": "http://127.0.0.1:9000"})
    assert explicit.backend == "embedded"


def test_empty_editor_values_mean_unset():
    assert resolve_settings({"modelPath": "", "model": None}, {}).model_path is None


def test_bad_values_name_each_key():
    with pytest.raises(SettingsError) as error:
        resolve_settings({"backend": "gpt", "temperature": 3, "max_retries": -1}, {})
    message = str(error.value)
    assert "backend" in message and "temperature" in message and "max_retries" in message


def test_planning_can_use_another_model():
    settings = resolve_settings({"planning": {"backend": "openai", "baseUrl": "http://127.0.0.1:1234/v1", "model": "big"}}, {})
    planning = settings.for_planning()
    assert (settings.backend, planning.backend, planning.model) == ("embedded", "openai", "big")
    assert planning.temperature == settings.temperature
    assert resolve_settings({}, {}).for_planning().backend == "embedded"


def test_bad_planning_values_are_refused_when_they_arrive():
    with pytest.raises(SettingsError) as error:
        resolve_settings({"nocodo": {"planning": {"temperature": 7}}}, {})
    assert str(error.value) == "invalid nocodo settings: planning.temperature: Input should be less than or equal to 1"
    with pytest.raises(SettingsError, match="planning.backend: Input should be 'embedded', 'llama_cpp_server' or 'openai'"):
        resolve_settings({"planning": {"backend": "gpt"}}, {})
    with pytest.raises(SettingsError, match="planning: Input should be a valid dictionary"):
        resolve_settings({"planning": "big"}, {})


def test_a_misspelt_planning_key_is_refused_not_ignored():
    with pytest.raises(SettingsError, match="planning.temprature: Extra inputs are not permitted"):
        resolve_settings({"planning": {"temprature": 0.5}}, {})


def test_planning_keys_left_unset_follow_the_modes():
    environ = {"NOCODO_TEMPERATURE": "0.3"}
    settings = resolve_settings({"maxRetries": 1, "planning": {"model": None, "baseUrl": "", "maxRetries": 4}, "model": "small"}, environ)
    planning = settings.for_planning()
    assert (planning.temperature, planning.max_retries, planning.model, planning.base_url) == (0.3, 4, "small", settings.base_url)
    assert resolve_settings({"planning": None}, {}).for_planning() == resolve_settings({}, {})


@pytest.mark.parametrize("url", ["not a url", "localhost:8080", "ftp://host/", "http://", "http://host:99999"])
def test_base_url_must_be_an_http_url(url):
    with pytest.raises(SettingsError, match="base_url"):
        resolve_settings({"baseUrl": url}, {})
    with pytest.raises(SettingsError, match="planning.baseUrl"):
        resolve_settings({"planning": {"baseUrl": url}}, {})


@pytest.mark.parametrize("options", [{"nocodo": "garbage"}, {"nocodo": [1, 2]}, "garbage", [1]])
def test_settings_that_are_not_an_object_are_refused(options):
    with pytest.raises(SettingsError, match="object"):
        resolve_settings(options, {})

def test_compile_check_settings():
    assert resolve_settings({}, {}).compile_check == "auto"
    environ = {"NOCODO_COMPILE_CHECK": "required", "NOCODO_CARGO_CONFIG": "/tmp/crates.toml"}
    settings = resolve_settings({"cargoTargetDir": "/tmp/target"}, environ)
    assert (settings.compile_check, str(settings.cargo_config), str(settings.cargo_target_dir)) == (
        "required", "/tmp/crates.toml", "/tmp/target",
    )
    assert resolve_settings({"compileCheck": "off"}, environ).compile_check == "off"
    with pytest.raises(SettingsError, match="compile_check"):
        resolve_settings({"compileCheck": "sometimes"}, {})
