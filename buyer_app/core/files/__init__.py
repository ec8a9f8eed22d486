"""Files: where the app's data lives, writes that never leave half a file, and careful reads of what it finds.

- `storage`: `user_data_dir`, `atomic_write_text`, `atomic_write_bytes`, `pid_alive`, `HOST_TAG`, `data_folder_problem`.
- `safe_read`: `read_json`, `read_limited`, `is_regular_file`, `inside`, `Unreadable`.
- `resources`: `resource_path` (shipped resources in a checkout, a wheel or the frozen build).
"""
