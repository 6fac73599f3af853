#!/bin/bash
# keyless workload bootstrap. No AWS key exists anywhere: the VM's service account asks the
# metadata server for a Google ID token, and every AWS SDK (and the AWS CLI) trades that token for
# short-lived role credentials with STS AssumeRoleWithWebIdentity, because AWS_ROLE_ARN and
# AWS_WEB_IDENTITY_TOKEN_FILE are set. The values come from instance metadata, not from this text.
set -euo pipefail
shopt -s inherit_errexit

# On the VM nothing below is set and every default holds. The tests (StartupScriptTest) run this
# very text against a stub metadata server, inside a scratch root, with systemctl and apt-get
# replaced on the PATH. None of these settings is a secret.
readonly METADATA_URL="${KEYLESS_METADATA_URL:-http://metadata.google.internal}"
readonly ROOT="${KEYLESS_ROOT:-}"
readonly TOKEN_GROUP="${KEYLESS_TOKEN_GROUP:-aws-web-identity}"

readonly METADATA="${METADATA_URL%/}/computeMetadata/v1/instance"
readonly ENV_DIR="$ROOT/etc/keyless"
readonly ENV_FILE="$ENV_DIR/aws.env"
readonly TOKEN_DIR="$ROOT/run/keyless"
readonly TOKEN_FILE="$TOKEN_DIR/google-id-token"
readonly REFRESH="$ROOT/usr/local/sbin/keyless-refresh-token"
readonly UNITS="$ROOT/etc/systemd/system"

# Bounded: a metadata server that does not answer fails the boot script instead of hanging it.
attribute() {
  curl -sSf --connect-timeout 5 --max-time 20 --retry 3 -H 'Metadata-Flavor: Google' "$METADATA/attributes/$1"
}

# Every value goes into a file that login shells source, so each must match what it names and
# nothing else: a value carrying a newline, a quote or $(...) is refused, never written.
valid() {
  local name="$1" value="$2" pattern="$3"
  if [[ ! "$value" =~ $pattern ]]; then
    echo "keyless: $name is not a valid value ($(printf '%q' "$value")); nothing was written" >&2
    exit 1
  fi
}

role_arn="$(attribute keyless-aws-role-arn)"
valid "instance metadata keyless-aws-role-arn" "$role_arn" \
  '^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$'
region="$(attribute keyless-aws-region)"
valid "instance metadata keyless-aws-region" "$region" '^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$'
bucket="$(attribute keyless-bucket)"
valid "instance metadata keyless-bucket" "$bucket" '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$'
# STS takes [\w+=,.@-]{2,64} as a session name (AssumeRoleWithWebIdentity, RoleSessionName).
session="$(hostname -s | tr -c 'A-Za-z0-9+=,.@_\n-' '-' | cut -c1-64)"
valid "the host name" "$session" '^[A-Za-z0-9+=,.@_-]{2,64}$'

getent group "$TOKEN_GROUP" >/dev/null || groupadd --system "$TOKEN_GROUP"
install -d -m 0755 "$ENV_DIR"

# The token is a bearer credential for up to an hour: tmpfs only, readable by root and the
# token group (add workload users to it). systemd runs this script with an empty environment, so
# its settings are written into it here, shell-quoted; the rest is literal text.
{
  echo '#!/bin/bash'
  echo 'set -euo pipefail'
  printf 'readonly METADATA=%q TOKEN_DIR=%q TOKEN_FILE=%q TOKEN_GROUP=%q\n' \
    "$METADATA" "$TOKEN_DIR" "$TOKEN_FILE" "$TOKEN_GROUP"
  cat <<'REFRESH'
meta() { curl -sSf --connect-timeout 5 --max-time 20 --retry 3 -H 'Metadata-Flavor: Google' "$@"; }
audience="$(meta "$METADATA/attributes/keyless-token-audience")"
install -d -m 0750 -g "$TOKEN_GROUP" "$TOKEN_DIR"
tmp="$(mktemp "$TOKEN_DIR/.google-id-token.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
meta -G --data-urlencode "audience=${audience}" --data-urlencode 'format=full' \
  -o "$tmp" "$METADATA/service-accounts/default/identity"
chgrp "$TOKEN_GROUP" "$tmp"
chmod 0640 "$tmp"
mv -f "$tmp" "$TOKEN_FILE"
trap - EXIT
REFRESH
} >"$REFRESH"
chmod 0755 "$REFRESH"

cat >"$ENV_FILE" <<ENV
AWS_ROLE_ARN=$role_arn
AWS_WEB_IDENTITY_TOKEN_FILE=$TOKEN_FILE
AWS_ROLE_SESSION_NAME=$session
AWS_REGION=$region
AWS_STS_REGIONAL_ENDPOINTS=regional
KEYLESS_BUCKET=$bucket
ENV
chmod 0644 "$ENV_FILE"
printf 'set -a; . %q; set +a\n' "$ENV_FILE" >"$ROOT/etc/profile.d/keyless-aws.sh"

# Google ID tokens live one hour; AWS SDKs re-read the file whenever they refresh credentials.
cat >"$UNITS/keyless-token.service" <<UNIT
[Unit]
Description=Refresh the Google ID token AWS SDKs exchange for role credentials
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
ExecStart=$REFRESH
UNIT
cat >"$UNITS/keyless-token.timer" <<'UNIT'
[Unit]
Description=Refresh the Google ID token every 10 minutes

[Timer]
OnBootSec=0
OnUnitActiveSec=10min

[Install]
WantedBy=timers.target
UNIT
systemctl daemon-reload
systemctl enable --now keyless-token.timer
systemctl start keyless-token.service

# A smoke check in the journal (journalctl -u google-startup-scripts): who AWS thinks we are.
if ! command -v aws >/dev/null; then
  if ! { apt-get update -qq && apt-get install -y -qq awscli >/dev/null; }; then
    echo "keyless: could not install the AWS CLI; skipping the smoke check"
  fi
fi
if command -v aws >/dev/null; then
  set -a
  # shellcheck source=/dev/null
  . "$ENV_FILE"
  set +a
  aws sts get-caller-identity --output text || echo "keyless: STS exchange failed; see above"
  aws s3 ls "s3://${KEYLESS_BUCKET}" --summarize | tail -n 2 || true
fi
