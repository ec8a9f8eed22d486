"""The command-line face: GUI by default, plus vehicles / compare / rank / db verbs."""
