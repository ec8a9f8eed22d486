"""Saved comparisons: the profile format and its migrations, the store, the lock, crash recovery, the samples, and the
Qt-free document session the window drives.

- `schema`: `Profile`, `load_profile`, `profile_to_dict` (schema 6); `migrations`: `SCHEMA_VERSION`, `migrate`.
- `store`: `save_profile`, `open_profile`, `list_profiles`, `profiles_dir`, `path_for`, `set_aside`.
- `lock`: `ProfileLock`, `ProfileInUse`; `recovery`: `RecoveryFile`, `read_recovered`, `orphaned`.
- `session`: `DocumentSession` (open, save, save as, rename, duplicate, recover, lock), with `session_view`'s
  `Notice`, `NoticeKind`, `NamePurpose`, `SaveAnswer` (what it tells and asks its view).
- `samples`: `list_samples`, `load_sample`, `Sample` (resources/samples).
"""
