"""Matrix settings: what `plume serve` asks for, and what `plume doctor` checks against a real Synapse."""

from __future__ import annotations

from pathlib import Path
from urllib.error import HTTPError

import pytest
from pydantic import SecretStr

from bot.config import Settings, missing_for_serve
from bot.wiring import doctor_probes
from tests.matrix_server import Synapse


def _settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(_env_file=None, mistral_api_key=SecretStr("k"), plume_data_dir=tmp_path, **values)  # type: ignore[call-arg]


def test_matrix_alone_needs_no_slack_variable_but_its_own(tmp_path: Path) -> None:
    settings = _settings(tmp_path, matrix_homeserver="https://matrix.agent.tchap.gouv.fr")
    names = [item.name for item in missing_for_serve(settings, http=False)]
    assert names == ["MATRIX_USER_ID", "MATRIX_ACCESS_TOKEN"]
    with_password = _settings(
        tmp_path,
        matrix_homeserver="https://matrix.agent.tchap.gouv.fr",
        matrix_user_id="@plume:agent.tchap.gouv.fr",
        matrix_password=SecretStr("secret"),
    )
    missing = missing_for_serve(with_password, http=False)
    assert [item.name for item in missing] == ["MATRIX_DEVICE_ID"]
    assert "identifiant d'appareil stable" in missing[0].where


def test_doctor_checks_the_token_against_the_homeserver(tmp_path: Path, synapse: Synapse) -> None:
    bot = synapse.register("doctor-bot")
    settings = _settings(
        tmp_path,
        matrix_homeserver=synapse.url,
        matrix_user_id=bot.user_id,
        matrix_access_token=SecretStr(bot.access_token),
    )
    assert f"bot {bot.user_id}, appareil {bot.device_id}" in doctor_probes(settings)["Matrix"]()
    wrong = settings.model_copy(update={"matrix_access_token": SecretStr("syt_wrong")})
    with pytest.raises(HTTPError):
        doctor_probes(wrong)["Matrix"]()
