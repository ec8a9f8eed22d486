import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Each test gets its own data folder: profiles, settings, autosave."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("BUYER_APP_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def db(tmp_path_factory):
    """The shipped database as a fresh user sees it: loaded inside a data folder of its own, never the
    developer's real one (an imported database there would change the tests)."""
    from buyer_app.core.vehicles.database import load_database

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BUYER_APP_DATA_DIR", str(tmp_path_factory.mktemp("db-user-data")))
        return load_database()


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """Dialogs that would block an offscreen test answer 'discard' / stay silent; a test may override."""
    from buyer_app.core.profiles.session import SaveAnswer
    from buyer_app.ui.file_controller import FileController

    monkeypatch.setattr(FileController, "ask_save_changes", lambda self, name: SaveAnswer.DISCARD)
    monkeypatch.setattr(FileController, "warn", lambda self, title, text: None)
    # a second window on a profile another window holds is asked whether to open it read-only
    monkeypatch.setattr(FileController, "ask_open_read_only", lambda self, in_use: True)
