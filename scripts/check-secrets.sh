#!/usr/bin/env bash
# Fails when a tracked file of the git repository in the current directory holds what looks like
# a real secret: private keys, AWS access keys, JWTs, `requirepass <value>` in conf files, and
# PASSWORD/SECRET/TOKEN/API_KEY assignments with a real value in env, compose, YAML and Docker files.
#
# Prints file:line and the rule, never the value. Exit 0 = clean, 1 = secrets found, 2 = not a repo.
# `.secrets-allowlist` (optional, one git pathspec glob a line, # comments) skips whole files.
set -euo pipefail

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-secrets: $(pwd) is not a git work tree" >&2
  exit 2
fi
cd "$(git rev-parse --show-toplevel)"

excludes=()
if [[ -f .secrets-allowlist ]]; then
  while IFS= read -r glob || [[ -n "$glob" ]]; do
    glob="${glob%%#*}"
    glob="${glob//[[:space:]]/}"
    [[ -n "$glob" ]] && excludes+=(":(exclude,glob)${glob}")
  done < .secrets-allowlist
fi

# Files where KEY=value assignments are configuration rather than code.
config_files=(':(glob)**/.env' ':(glob)**/.env.*' ':(glob)**/*.env' ':(glob)**/*.yml' ':(glob)**/*.yaml'
  ':(glob)**/Dockerfile*' ':(glob)**/*.properties' ':(glob)**/*.ini' ':(glob)**/*.toml')
conf_files=(':(glob)**/*.conf')

# Values that are obviously not secrets: empty, booleans (automountServiceAccountToken: false), ${VAR} or $VAR, <placeholder>, change-me and friends.
placeholder='^$|^(true|false)$|^\$\{.*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^<.*>$|change-?me|example|^x+$|xxx|placeholder|dummy|redacted|^\*+$'

found=0
report() { # rule, then "file:line:text" lines on stdin
  local rule="$1" location
  while IFS= read -r location; do
    [[ -z "$location" ]] && continue
    echo "${location}: ${rule}"
    found=1
  done
}

# git grep -n prints file:line:text; keep only file:line (the text may be the secret).
locations() { cut -d: -f1,2; }
search() { git grep -n -I "$@" -- "${excludes[@]}" 2>/dev/null || true; }
search_in() { local -n files=$1; shift; git grep -n -I "$@" -- "${files[@]}" "${excludes[@]}" 2>/dev/null || true; }

report 'private key' < <(search -E -e '-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----' | locations)
report 'AWS access key id' < <(search -E -e 'AKIA[0-9A-Z]{16}' | locations)
report 'JSON Web Token' < <(search -E -e 'eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.' | locations)

# requirepass <value> in conf files, unless the value is a placeholder.
report 'requirepass with a value' < <(
  search_in conf_files -E -e '^[[:space:]]*requirepass[[:space:]]+[^[:space:]#]' |
    while IFS= read -r hit; do
      value=$(sed -E 's/^[^:]*:[0-9]+:[[:space:]]*requirepass[[:space:]]+//; s/[[:space:]].*$//; s/^["'\'']//; s/["'\'']$//' <<<"$hit")
      grep -qiE "$placeholder" <<<"$value" || echo "$hit"
    done | locations
)

# NAME_PASSWORD=value / name_secret: value / - API_KEY=value / export TOKEN=value / ENV X_SECRET value.
assignment='^[[:space:]]*(-[[:space:]]*)?((export|ENV|ARG)[[:space:]]+)?["'\'']?[A-Za-z0-9_.-]*(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY)[A-Za-z0-9_.-]*["'\'']?[[:space:]]*[:=]'
report 'credential assignment with a value' < <(
  search_in config_files -i -E -e "$assignment" |
    while IFS= read -r hit; do
      value=$(sed -E "s/^[^:]*:[0-9]+://; s/$assignment//I; s/[[:space:]]+#.*$//; s/^[[:space:]]+//; s/[[:space:]]+$//" <<<"$hit")
      value="${value#[\"\']}"
      value="${value%[\"\']}"
      grep -qiE "$placeholder" <<<"$value" || echo "$hit"
    done | locations
)

if [[ "$found" -ne 0 ]]; then
  echo "check-secrets: secrets found in tracked files (see above); move them to the environment or a git-ignored file." >&2
  exit 1
fi
echo "check-secrets: no secrets in $(git ls-files | wc -l | tr -d ' ') tracked files"
