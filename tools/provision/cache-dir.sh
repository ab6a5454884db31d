# Sourced by the provisioning scripts: where downloaded and built engines are cached, outside the
# repository so that every clone on this machine shares them.
CS_CACHE_DIR="${CS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cs-intervention}"
mkdir -p "$CS_CACHE_DIR"
say() { printf '[provision] %s\n' "$*" >&2; }
